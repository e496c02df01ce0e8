package com.cosell.api.referral;

/** Incoming: sent to this organization by another party. Outgoing: created by this organization. */
public enum Direction {
    Incoming,
    Outgoing
}
