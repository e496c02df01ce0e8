package com.cosell.frontend.ui.cosell;

import com.vaadin.flow.component.Component;
import java.util.HashMap;
import java.util.Map;

/**
 * The words the grid's rows repeat (stages, types, the heart's label, "Unassigned"), each translated
 * once for the grid's life: a language switch reloads the page, so the grid's language never changes.
 * A translation looked up per cell went through Vaadin's provider look-up each time, once per open tab
 * for every live row (bench/vaadin's profile). Used under the session's lock, as the grid is.
 */
final class RowLabels {

    private final Component grid;
    private final Map<String, String> words = new HashMap<>();

    RowLabels(Component grid) {
        this.grid = grid;
    }

    String get(String key) {
        return words.computeIfAbsent(key, k -> grid.getTranslation(k));
    }
}
