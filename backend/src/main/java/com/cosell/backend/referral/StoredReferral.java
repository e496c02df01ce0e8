package com.cosell.backend.referral;

import com.cosell.api.referral.Referral;

/** A referral as stored, with the version its eTag is made from. */
record StoredReferral(Referral referral, long version) {

    String eTag() {
        return eTag(version);
    }

    static String eTag(long version) {
        return "\"" + version + "\"";
    }
}
