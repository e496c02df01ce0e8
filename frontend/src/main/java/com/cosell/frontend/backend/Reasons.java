package com.cosell.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Why a referral may be declined or a deal lost: the backend's reason codes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reasons(List<String> decline, List<String> lost) {}
