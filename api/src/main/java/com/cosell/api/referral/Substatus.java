package com.cosell.api.referral;

/**
 * Partner Center's referral substatus. {@code Pending} and {@code None} are part of the contract but
 * never stored here: a create that names them starts Active/Accepted, as in Partner Center.
 */
public enum Substatus {
    Pending,
    Received,
    Accepted,
    Declined,
    Expired,
    Won,
    Lost,
    None
}
