package com.cosell.backend.referral.domain;

/** Partner Center's top-level referral status. */
public enum Status { New, Active, Closed }
