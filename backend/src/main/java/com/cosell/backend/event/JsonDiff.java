package com.cosell.backend.event;

import com.cosell.api.event.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** What changed between two versions of a JSON document, leaf by leaf, as the {@link Change}s an event records. */
public final class JsonDiff {

    private JsonDiff() {}

    public static List<Change> between(JsonNode before, JsonNode after, Set<String> ignoredTopLevel) {
        List<Change> changes = new ArrayList<>();
        walk("", before, after, changes, ignoredTopLevel);
        return changes;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<Change> out, Set<String> ignored) {
        // A field set to null and a field left out mean the same in the API: no change to record.
        if (absent(a) ? absent(b) : a.equals(b)) {
            return;
        }
        boolean aObject = a != null && a.isObject();
        boolean bObject = b != null && b.isObject();
        if (aObject || bObject) {
            Set<String> names = new TreeSet<>();
            if (aObject) {
                names.addAll(a.propertyNames());
            }
            if (bObject) {
                names.addAll(b.propertyNames());
            }
            for (String name : names) {
                if (path.isEmpty() && ignored.contains(name)) {
                    continue;
                }
                walk(path + "/" + name, aObject ? a.get(name) : null, bObject ? b.get(name) : null, out, ignored);
            }
            return;
        }
        // Arrays and values are recorded whole: "team changed from [...] to [...]" reads best.
        out.add(new Change(path, value(a), value(b)));
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() && !node.isNumber() && !node.isBoolean() ? node.asString() : node;
    }
}
