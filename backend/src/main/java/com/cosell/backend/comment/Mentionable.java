package com.cosell.backend.comment;

/** Someone a comment of a channel may mention: a person of an organization that reads it. */
record Mentionable(String id, String name, String organizationId, String organizationName) {}
