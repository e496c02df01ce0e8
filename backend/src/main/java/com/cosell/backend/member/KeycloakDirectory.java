package com.cosell.backend.member;

import com.cosell.api.member.Member;
import com.cosell.backend.identity.Role;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;

/**
 * Keycloak's admin API as the organization page needs it. Members are the users whose {@code org}
 * attribute is the organization's id (the claim the tokens carry); roles are read as Keycloak
 * resolves them (direct, composite and through groups), and changed as direct realm-role mappings.
 */
@Component
class KeycloakDirectory {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String SERVICE_ACCOUNT = "service-account-";

    private final DirectoryProperties properties;
    private final WebClient web;
    private final Mono<String> token;

    KeycloakDirectory(DirectoryProperties properties) {
        this.properties = properties;
        HttpClient http = HttpClient.create()
                .responseTimeout(TIMEOUT)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) TIMEOUT.toMillis());
        this.web = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .baseUrl(properties.url() == null ? "http://localhost" : properties.url())
                .build();
        // One token for all callers until shortly before it expires; a failure is not remembered.
        this.token = fetchToken()
                .cache(t -> t.lifetime(), e -> Duration.ZERO, () -> Duration.ZERO)
                .map(AccessToken::value);
    }

    private record AccessToken(String value, Duration lifetime) {}

    /** The organization's users, people and service accounts, with their Co-sell roles. */
    Flux<Member> members(String organizationId) {
        return get(
                        "/users?briefRepresentation=false&max={max}&q={query}",
                        properties.maxMembers(),
                        "org:" + organizationId)
                .flatMapIterable(JsonNode::values)
                .filter(user -> inOrganization(user, organizationId))
                .flatMapSequential(this::withRoles, 8);
    }

    /** One user of the organization; empty when there is none or it belongs to another. */
    Mono<Member> member(String organizationId, String userId) {
        return get("/users/{id}", userId)
                .onErrorResume(WebClientResponseException.NotFound.class, e -> Mono.empty())
                .filter(user -> inOrganization(user, organizationId))
                .flatMap(this::withRoles);
    }

    /** Grants and revokes direct realm-role mappings; a role held through a group stays held. */
    Mono<Void> change(String userId, Collection<Role> grant, Collection<Role> revoke) {
        return map(HttpMethod.POST, userId, grant).then(map(HttpMethod.DELETE, userId, revoke));
    }

    private Mono<Void> map(HttpMethod method, String userId, Collection<Role> roles) {
        if (roles.isEmpty()) {
            return Mono.empty();
        }
        return Flux.fromIterable(roles)
                .concatMap(role -> get("/roles/{name}", role.name()))
                .collectList()
                .flatMap(representations -> token.flatMap(t -> web.method(method)
                        .uri(admin("/users/{id}/role-mappings/realm"), userId)
                        .headers(h -> h.setBearerAuth(t))
                        .bodyValue(representations)
                        .retrieve()
                        .toBodilessEntity()))
                .then();
    }

    private Mono<Member> withRoles(JsonNode user) {
        String id = user.path("id").asString();
        return get("/users/{id}/role-mappings/realm/composite", id).map(roles -> {
            List<Role> held = new ArrayList<>();
            for (JsonNode role : roles.values()) {
                Role.fromClaim(role.path("name").asString()).ifPresent(held::add);
            }
            held.sort(null);
            String username = user.path("username").asString();
            // Keycloak names a client's service account after it and hides the link in listings.
            boolean application = username.startsWith(SERVICE_ACCOUNT);
            String name = application ? username.substring(SERVICE_ACCOUNT.length()) : fullName(user);
            return new Member(
                    id,
                    username,
                    name,
                    text(user, "email"),
                    user.path("enabled").asBoolean(true),
                    application,
                    held.stream().map(Role::name).toList());
        });
    }

    private Mono<JsonNode> get(String path, Object... variables) {
        return token.flatMap(t -> web.get()
                .uri(admin(path), variables)
                .headers(h -> h.setBearerAuth(t))
                .retrieve()
                .bodyToMono(JsonNode.class));
    }

    private String admin(String path) {
        return "/admin/realms/" + properties.realm() + path;
    }

    private Mono<AccessToken> fetchToken() {
        return web.post()
                .uri("/realms/{realm}/protocol/openid-connect/token", properties.realm())
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", properties.clientId())
                        .with(
                                "client_secret",
                                Optional.ofNullable(properties.clientSecret()).orElse("")))
                .retrieve()
                .onStatus(
                        HttpStatus.UNAUTHORIZED::equals,
                        r -> Mono.error(new IllegalStateException(
                                "the identity provider refused client " + properties.clientId() + "'s credentials")))
                .bodyToMono(JsonNode.class)
                .map(body -> new AccessToken(
                        body.path("access_token").asString(),
                        Duration.ofSeconds(Math.max(5, body.path("expires_in").asLong(60) - 30))));
    }

    private static boolean inOrganization(JsonNode user, String organizationId) {
        for (JsonNode value : user.path("attributes").path("org").values()) {
            if (organizationId.equals(value.asString())) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String fullName(JsonNode user) {
        String name = (user.path("firstName").asString("") + " "
                        + user.path("lastName").asString(""))
                .trim();
        return name.isEmpty() ? null : name;
    }

    private static @Nullable String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
