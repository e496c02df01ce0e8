package com.cosell.backend.referral.store;

import com.cosell.api.referral.Referral;

/** A referral as stored, with the version its eTag is made from. */
public record StoredReferral(Referral referral, long version) {

    public String eTag() {
        return eTag(version);
    }

    public static String eTag(long version) {
        return "\"" + version + "\"";
    }
}
