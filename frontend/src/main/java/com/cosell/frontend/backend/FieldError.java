package com.cosell.frontend.backend;

/** A field the backend refused ({@code field} is a JSON path such as {@code details/dealValue}) and why. */
public record FieldError(String field, String message) {}
