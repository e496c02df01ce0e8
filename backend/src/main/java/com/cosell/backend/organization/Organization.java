package com.cosell.backend.organization;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company on the server: the one vendor whose sellers send referrals, or one of its partners. An
 * {@code organization} row (created_at left out).
 */
@Table("organization")
public record Organization(@Id String id, String name, Kind kind) {

    public enum Kind {
        VENDOR,
        PARTNER
    }
}
