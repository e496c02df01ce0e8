package com.cosell.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A partner organisation a seller can send a referral to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organization(String id, String name, String kind) {
}
