package com.cosell.frontend.backend;

import com.cosell.api.member.Member;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The backend's answer to {@code GET /v1.0/organization/members}: the organization's people and
 * integrations as the identity provider has them, and whether their roles can be changed here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationMembers(
        Me.Organization organization,
        boolean directoryConnected,
        boolean rolesEditable,
        @Nullable String manageUrl,
        List<String> assignableRoles,
        List<Member> members) {}
