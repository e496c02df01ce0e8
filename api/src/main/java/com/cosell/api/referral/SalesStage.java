package com.cosell.api.referral;

public enum SalesStage {
    Qualify,
    Develop,
    Propose,
    Close
}
