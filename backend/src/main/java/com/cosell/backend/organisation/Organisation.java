package com.cosell.backend.organisation;

/** A company on the server: the one vendor whose sellers send referrals, or one of its partners. */
public record Organisation(String id, String name, Kind kind) {

    public enum Kind { VENDOR, PARTNER }
}
