package com.cosell.backend.referral.domain;

/** Partner Center's referral substatus. {@code Pending} is part of the contract but never stored here. */
public enum Substatus { Pending, Received, Accepted, Declined, Expired, Won, Lost }
