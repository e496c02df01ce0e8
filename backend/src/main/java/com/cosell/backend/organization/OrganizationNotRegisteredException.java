package com.cosell.backend.organization;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The token is valid but names no organization known here: the caller may do nothing. */
class OrganizationNotRegisteredException extends ErrorResponseException {

    public OrganizationNotRegisteredException(@Nullable String organizationId) {
        super(HttpStatus.FORBIDDEN);
        setDetail(
                organizationId == null
                        ? "Your token carries no organization claim; ask your administrator to assign you to an organization."
                        : "Your organization '" + organizationId + "' is not registered in Co-sell.");
    }
}
