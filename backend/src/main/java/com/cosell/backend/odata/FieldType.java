package com.cosell.backend.odata;

/** The value type of a queryable field; decides which literals and operators it accepts. */
public enum FieldType {
    STRING,
    ENUM,
    NUMBER,
    DATETIME,
    BOOLEAN,
    UUID;

    /** Whether lt/le/gt/ge make sense: enum, boolean and uuid orders differ between Java and SQL. */
    boolean isOrdered() {
        return this == STRING || this == NUMBER || this == DATETIME;
    }
}
