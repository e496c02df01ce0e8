package com.cosell.backend.bulk;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one row did, or would do in a dry run.
 *
 * @param action  {@code create}, {@code update}, {@code unchanged} or {@code error}
 * @param changes for an update, each changed column as {@code Column: before → after}
 */
record RowResult(
        int row,
        String action,
        @Nullable UUID referralId,
        @Nullable String name,
        List<String> changes,
        List<String> errors) {

    static RowResult failed(int row, @Nullable String name, List<String> errors) {
        return new RowResult(row, "error", null, name, List.of(), errors);
    }
}
