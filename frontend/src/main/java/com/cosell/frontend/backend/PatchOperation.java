package com.cosell.frontend.backend;

import org.jspecify.annotations.Nullable;

/** One JSON Patch operation; the backend takes {@code replace} and {@code add}. */
public record PatchOperation(
        String op, String path, @Nullable Object value) {

    /** {@code add} sets a member whether or not it is there yet, so it is what edits use. */
    public static PatchOperation set(String path, @Nullable Object value) {
        return new PatchOperation("add", path, value);
    }
}
