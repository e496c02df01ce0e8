package com.cosell.backend.limit;

/**
 * One token bucket: {@code key} names whose requests it counts ({@code org:contoso}, {@code user:…},
 * {@code handshake:…}); {@code what} says so to the caller who ran out.
 */
record Bucket(String key, int burst, double perSecond, String what) {}
