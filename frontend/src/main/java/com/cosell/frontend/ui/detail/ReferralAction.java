package com.cosell.frontend.ui.detail;

/** What can be done to a referral from its detail page. */
public enum ReferralAction {
    ACCEPT,
    ENGAGE,
    DECLINE,
    EDIT,
    ADD_EMPLOYEES,
    EDIT_SOLUTIONS,
    ASK_FOR_HELP,
    INVITE_PARTNERS,
    WON,
    LOST
}
