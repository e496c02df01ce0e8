package com.cosell.backend.access;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import com.cosell.backend.organization.CallerOrganizations;
import com.cosell.backend.organization.Organization;
import com.cosell.backend.web.ApiProblems;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The authorisation matrix, checked on every call. Partner roles count only in a partner
 * organization and the vendor's roles only in the vendor's, whatever else a token claims.
 */
@Component
public class AccessControl {

    private final CallerOrganizations organizations;

    AccessControl(CallerOrganizations organizations) {
        this.organizations = organizations;
    }

    public Mono<Actor> require(Caller caller, Permission permission) {
        return organizations
                .of(caller)
                .flatMap(org -> allows(caller, org, permission)
                        ? Mono.just(new Actor(caller, org))
                        : Mono.error(ApiProblems.forbidden(refusal(permission))));
    }

    public static boolean allows(Caller caller, Organization org, Permission permission) {
        boolean partner = org.kind() == Organization.Kind.PARTNER;
        boolean partnerWorker = partner && (caller.has(Role.MPN_ADMIN) || caller.has(Role.REFERRAL_ADMIN));
        boolean seller = !partner && caller.has(Role.SELLER);
        return switch (permission) {
            case READ -> partnerWorker || seller;
            case PARTNER_WORK -> partnerWorker;
            case SELLER_WORK -> seller;
            case SEND_REFERRALS -> partnerWorker || seller;
            case ORGANIZATION_ADMIN -> partner ? caller.has(Role.MPN_ADMIN) : caller.has(Role.VENDOR_ADMIN);
        };
    }

    /** The roles that count in an organization of this kind, as its admin grants them. */
    public static List<Role> rolesOf(Organization.Kind kind) {
        return kind == Organization.Kind.PARTNER
                ? List.of(Role.MPN_ADMIN, Role.REFERRAL_ADMIN)
                : List.of(Role.VENDOR_ADMIN, Role.SELLER);
    }

    private static String refusal(Permission permission) {
        return switch (permission) {
            case READ -> "You have no Co-sell role in your organization.";
            case PARTNER_WORK -> "This needs the MPN admin or referral admin role in a partner organization.";
            case SELLER_WORK -> "This needs the seller role in the vendor organization.";
            case SEND_REFERRALS ->
                "Sending a referral needs the MPN admin or referral admin role in a partner "
                        + "organization, or the seller role in the vendor organization.";
            case ORGANIZATION_ADMIN ->
                "This needs the MPN admin role (or the vendor admin role in the vendor's organization).";
        };
    }
}
