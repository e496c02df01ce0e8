package com.cosell.backend.referral.domain;

/**
 * The kind of help a partner asks the vendor for when sharing a deal. {@code Unknown} is Partner
 * Center's value for "not said"; it does not count as saying what help is needed.
 */
public enum AssistanceRequestCode {
    Unknown, GeneralOrOther, CustomerTechnicalArchitecture, ProofOfConceptOrDemo, QuotesOrLicensing,
    PostSalesCustomerSuccess, WorkloadSpecificValueProposition
}
