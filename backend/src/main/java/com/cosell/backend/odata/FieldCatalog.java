package com.cosell.backend.odata;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whitelist of fields a query may name, and of collections a filter may test with any/all;
 * paths are case-sensitive as in Partner Center.
 */
public final class FieldCatalog {

    private final Map<String, Field> byPath;
    private final Map<String, CollectionField> collections;

    private FieldCatalog(Map<String, Field> byPath, Map<String, CollectionField> collections) {
        this.byPath = Collections.unmodifiableMap(byPath);
        this.collections = Collections.unmodifiableMap(collections);
    }

    public static FieldCatalog of(Field... fields) {
        Map<String, Field> byPath = new LinkedHashMap<>();
        for (Field field : fields) {
            if (byPath.putIfAbsent(field.path(), field) != null) {
                throw new IllegalArgumentException("Duplicate field path " + field.path());
            }
        }
        return new FieldCatalog(byPath, Map.of());
    }

    /** This catalog with these collections too. */
    public FieldCatalog with(CollectionField... added) {
        Map<String, CollectionField> all = new LinkedHashMap<>(collections);
        for (CollectionField collection : added) {
            if (byPath.containsKey(collection.path()) || all.putIfAbsent(collection.path(), collection) != null) {
                throw new IllegalArgumentException("Duplicate path " + collection.path());
            }
        }
        return new FieldCatalog(new LinkedHashMap<>(byPath), all);
    }

    public Optional<CollectionField> collection(String path) {
        return Optional.ofNullable(collections.get(path));
    }

    /** Collection paths in declaration order, for error messages. */
    public List<String> collectionPaths() {
        return List.copyOf(collections.keySet());
    }

    public Optional<Field> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** In declaration order. */
    public Collection<Field> fields() {
        return byPath.values();
    }

    /** Paths in declaration order, for error messages. */
    public List<String> paths() {
        return List.copyOf(byPath.keySet());
    }

    public List<String> sortablePaths() {
        return byPath.values().stream().filter(Field::sortable).map(Field::path).toList();
    }
}
