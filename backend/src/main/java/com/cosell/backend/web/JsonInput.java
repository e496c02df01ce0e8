package com.cosell.backend.web;

import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request JSON into records with errors that name the offending field, instead of the
 * framework's generic "failed to read HTTP message".
 */
@Component
public class JsonInput {

    private final JsonMapper json;

    JsonInput(JsonMapper json) {
        this.json = json;
    }

    public JsonNode tree(String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw ApiProblems.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public <T> T read(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JacksonException e) {
            throw problem(e);
        }
    }

    /**
     * The referral id a body names in {@code field} (as {@code {"duplicateOf": "…"}}); a 400 naming
     * the field says {@code missing} when it is absent and that it is no referral id when malformed.
     */
    public UUID referralId(String body, String field, String missing) {
        JsonNode value = tree(body).get(field);
        if (value == null || !value.isString()) {
            throw ApiProblems.invalid(java.util.List.of(new ApiProblems.FieldError(field, missing)));
        }
        try {
            return UUID.fromString(value.asString());
        } catch (IllegalArgumentException e) {
            throw ApiProblems.invalid(java.util.List.of(new ApiProblems.FieldError(field, "Not a referral id.")));
        }
    }

    public JsonMapper mapper() {
        return json;
    }

    private static ErrorResponseException problem(JacksonException e) {
        String path = e instanceof DatabindException d
                ? d.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                        .collect(Collectors.joining("/"))
                : "";
        String field = path.isEmpty() ? "body" : path;
        return switch (e) {
            case UnrecognizedPropertyException u ->
                ApiProblems.invalid(java.util.List.of(
                        new ApiProblems.FieldError(field, "Unknown field '" + u.getPropertyName() + "'.")));
            case InvalidFormatException f ->
                ApiProblems.invalid(java.util.List.of(new ApiProblems.FieldError(
                        field,
                        "'" + f.getValue() + "' is not a valid "
                                + f.getTargetType().getSimpleName()
                                + (f.getTargetType().isEnum()
                                        ? " (one of "
                                                + java.util.Arrays.toString(
                                                        f.getTargetType().getEnumConstants()) + ")"
                                        : "")
                                + ".")));
            default ->
                ApiProblems.invalid(java.util.List.of(new ApiProblems.FieldError(field, e.getOriginalMessage())));
        };
    }
}
