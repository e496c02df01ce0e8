package com.cosell.backend.referral.domain;

/** The kind of help a partner asks the vendor for when sharing a deal. */
public enum AssistanceRequestCode {
    GeneralOrOther, CustomerTechnicalArchitecture, ProofOfConceptOrDemo, QuotesOrLicensing,
    PostSalesCustomerSuccess, WorkloadSpecificValueProposition
}
