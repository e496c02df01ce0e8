package com.cosell.backend.member;

import com.cosell.api.member.Member;
import com.cosell.backend.organization.Organization;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /v1.0/organization/members} answers.
 *
 * @param directoryConnected whether members were read from the identity provider; when false the
 *                           list is empty and {@code manageUrl} is where they are managed
 * @param rolesEditable      whether {@code PUT .../roles} is allowed on this deployment
 * @param assignableRoles    the roles an organization of this kind can hold
 */
record MembersResponse(
        Organization organization,
        boolean directoryConnected,
        boolean rolesEditable,
        @Nullable String manageUrl,
        List<String> assignableRoles,
        List<Member> members) {}
