package com.cosell.backend.referral.domain;

/** Incoming: sent to this organisation by another party. Outgoing: created by this organisation. */
public enum Direction { Incoming, Outgoing }
