package com.cosell.backend.organisation;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The token is valid but names no organisation known here: the caller may do nothing. */
public class OrganisationNotRegisteredException extends ErrorResponseException {

    public OrganisationNotRegisteredException(@Nullable String organisationId) {
        super(HttpStatus.FORBIDDEN);
        setDetail(organisationId == null
                ? "Your token carries no organisation claim; ask your administrator to assign you to an organisation."
                : "Your organisation '" + organisationId + "' is not registered in Co-sell.");
    }
}
