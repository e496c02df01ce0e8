package com.cosell.api.referral;

/**
 * The kind of help a partner asks the vendor for when sharing a deal. {@code Unknown} is Partner
 * Center's value for "not said", accepted and kept as sent; the workspace always offers a real one.
 */
public enum AssistanceRequestCode {
    Unknown,
    GeneralOrOther,
    CustomerTechnicalArchitecture,
    ProofOfConceptOrDemo,
    QuotesOrLicensing,
    PostSalesCustomerSuccess,
    WorkloadSpecificValueProposition
}
