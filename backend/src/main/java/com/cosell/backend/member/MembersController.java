package com.cosell.backend.member;

import com.cosell.api.member.Member;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import com.cosell.backend.web.ApiProblems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClientException;
import reactor.core.publisher.Mono;

/**
 * The organization page's API, for the organization's admin only: who the members are and which
 * Co-sell roles they hold; where the deployment allows it, granting and revoking those roles.
 */
@RestController
class MembersController {

    static final String PATH = "/v1.0/organization/members";

    private final AccessControl access;
    private final DirectoryProperties properties;
    private final KeycloakDirectory directory;

    MembersController(AccessControl access, DirectoryProperties properties, KeycloakDirectory directory) {
        this.access = access;
        this.properties = properties;
        this.directory = directory;
    }

    /** The Co-sell roles a member is to hold afterwards, among those of the organization's kind. */
    record RolesChange(@Nullable List<String> roles) {}

    @GetMapping(PATH)
    Mono<MembersResponse> members(Caller caller) {
        return access.require(caller, Permission.ORGANIZATION_ADMIN).flatMap(actor -> {
            List<String> assignable = AccessControl.rolesOf(actor.organization().kind()).stream()
                    .map(Role::name)
                    .toList();
            if (!properties.configured()) {
                return Mono.just(new MembersResponse(
                        actor.organization(), false, false, properties.consoleUrl(), assignable, List.of()));
            }
            return upstream(directory.members(actor.organization().id()).collectList())
                    .map(members -> new MembersResponse(
                            actor.organization(),
                            true,
                            properties.manageRoles(),
                            properties.consoleUrl(),
                            assignable,
                            members));
        });
    }

    @PutMapping(PATH + "/{id}/roles")
    Mono<Member> changeRoles(Caller caller, @PathVariable String id, @RequestBody RolesChange change) {
        return access.require(caller, Permission.ORGANIZATION_ADMIN).flatMap(actor -> {
            if (!properties.configured() || !properties.manageRoles()) {
                return Mono.error(ApiProblems.forbidden("Roles are managed in the identity provider on this server"
                        + (properties.consoleUrl() == null ? "." : ": " + properties.consoleUrl())));
            }
            Set<Role> wanted = wanted(actor, change);
            return upstream(directory.member(actor.organization().id(), id))
                    .switchIfEmpty(Mono.error(() -> ApiProblems.notFound("Member " + id)))
                    .flatMap(member -> apply(actor, member, wanted));
        });
    }

    private Mono<Member> apply(Actor actor, Member member, Set<Role> wanted) {
        List<Role> grant = new ArrayList<>();
        List<Role> revoke = new ArrayList<>();
        for (Role role : AccessControl.rolesOf(actor.organization().kind())) {
            if (wanted.contains(role) && !member.roles().contains(role.name())) {
                grant.add(role);
            } else if (!wanted.contains(role) && member.roles().contains(role.name())) {
                revoke.add(role);
            }
        }
        Role admin = AccessControl.rolesOf(actor.organization().kind()).getFirst();
        if (member.id().equals(actor.caller().id()) && revoke.contains(admin)) {
            return Mono.error(
                    ApiProblems.conflict("You cannot take away your own admin role; another admin can.", List.of()));
        }
        return upstream(directory
                .change(member.id(), grant, revoke)
                .then(directory.member(actor.organization().id(), member.id())));
    }

    private static Set<Role> wanted(Actor actor, RolesChange change) {
        if (change.roles() == null) {
            throw ApiProblems.invalid(
                    List.of(new ApiProblems.FieldError("roles", "is required (a list, may be empty)")));
        }
        List<Role> allowed = AccessControl.rolesOf(actor.organization().kind());
        Set<Role> wanted = new LinkedHashSet<>();
        for (String name : change.roles()) {
            Role role = Role.fromClaim(name)
                    .filter(allowed::contains)
                    .orElseThrow(() -> ApiProblems.invalid(List.of(new ApiProblems.FieldError(
                            "roles",
                            "'" + name + "' is not a role of this organization; use "
                                    + String.join(
                                            ", ",
                                            allowed.stream().map(Role::name).toList())))));
            wanted.add(role);
        }
        return wanted;
    }

    /** The IdP's failures become a 502 that says so, not a 500. */
    private static <T> Mono<T> upstream(Mono<T> call) {
        return call.onErrorMap(
                e -> e instanceof WebClientException || e instanceof IllegalStateException,
                e -> ApiProblems.upstreamFailed("The identity provider's admin API failed: " + e.getMessage()));
    }
}
