package com.cosell.backend.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Maps a validated JWT to the caller: configured role and organization claims, known roles only. An
 * application's own token (client credentials) becomes an application caller named after the
 * application, whose organization may also come from configuration when the token has none.
 */
@Component
class CallerTokenConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final IdentityProperties properties;
    private final Map<String, String> applicationOrganizations;

    CallerTokenConverter(IdentityProperties properties) {
        this.properties = properties;
        this.applicationOrganizations = properties.organizationsByApplication();
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        Set<Role> roles = roles(jwt.getClaim(properties.rolesClaim()));
        Caller caller = AppOnlyTokens.isApplication(jwt) ? application(jwt, roles) : person(jwt, roles);
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return Mono.just(new CallerAuthentication(jwt, authorities, caller));
    }

    private Caller person(Jwt jwt, Set<Role> roles) {
        return new Caller(
                jwt.getSubject(),
                firstText(jwt, "name", "preferred_username"),
                firstText(jwt, "email", "preferred_username"),
                text(jwt.getClaim(properties.organizationClaim())),
                roles);
    }

    private Caller application(Jwt jwt, Set<Role> roles) {
        String appId = AppOnlyTokens.applicationId(jwt);
        String org = text(jwt.getClaim(properties.organizationClaim()));
        if (org == null && appId != null) {
            org = applicationOrganizations.get(appId);
        }
        return new Caller(jwt.getSubject(), AppOnlyTokens.applicationName(jwt), null, org, roles, true);
    }

    private static Set<Role> roles(@Nullable Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> Role.fromClaim(String.valueOf(v)).ifPresent(roles::add));
        } else if (claim instanceof String value) {
            for (String v : value.split("[ ,]+")) {
                Role.fromClaim(v).ifPresent(roles::add);
            }
        }
        return roles;
    }

    private static @Nullable String firstText(Jwt jwt, String... claims) {
        for (String claim : claims) {
            String value = text(jwt.getClaim(claim));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A claim as text; a one-element list (Keycloak multivalued mappers) counts as its element. */
    static @Nullable String text(@Nullable Object claim) {
        if (claim instanceof Collection<?> values && values.size() == 1) {
            claim = values.iterator().next();
        }
        if (claim instanceof String s && !s.isBlank()) {
            return s;
        }
        return null;
    }
}
