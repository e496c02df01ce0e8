package com.cosell.backend.organization;

/** A company on the server: the one vendor whose sellers send referrals, or one of its partners. */
public record Organization(String id, String name, Kind kind) {

    public enum Kind { VENDOR, PARTNER }
}
