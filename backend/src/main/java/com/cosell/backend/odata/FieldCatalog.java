package com.cosell.backend.odata;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whitelist of fields a query may name; paths are case-sensitive as in Partner Center. */
public final class FieldCatalog {

    private final Map<String, Field> byPath;

    private FieldCatalog(Map<String, Field> byPath) {
        this.byPath = Collections.unmodifiableMap(byPath);
    }

    public static FieldCatalog of(Field... fields) {
        Map<String, Field> byPath = new LinkedHashMap<>();
        for (Field field : fields) {
            if (byPath.putIfAbsent(field.path(), field) != null) {
                throw new IllegalArgumentException("Duplicate field path " + field.path());
            }
        }
        return new FieldCatalog(byPath);
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
