package com.cosell.api.referral;

/** Partner Center's top-level referral status. {@code None} is part of the contract but never a stage here. */
public enum Status {
    New,
    Active,
    Closed,
    None
}
