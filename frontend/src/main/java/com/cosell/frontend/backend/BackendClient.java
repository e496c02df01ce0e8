package com.cosell.frontend.backend;

import com.cosell.api.catalogue.Customer;
import com.cosell.api.catalogue.Solution;
import com.cosell.api.member.Member;
import com.cosell.api.referral.HistoryEntry;
import com.cosell.api.referral.Referral;
import com.cosell.api.registration.DealRegistration;
import com.cosell.frontend.security.AccessTokens;
import com.cosell.frontend.security.SessionExpiredException;
import com.cosell.frontend.security.SignInUnavailableException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriBuilder;

/** Calls the backend API as the signed-in user, relaying their access token. */
@Component
public class BackendClient {

    private static final String REFERRALS = "/v1.0/engagements/referrals";
    private static final MediaType JSON_PATCH = MediaType.parseMediaType("application/json-patch+json");

    private final RestClient rest;
    private final AccessTokens tokens;
    private final String baseUrl;

    BackendClient(RestClient.Builder builder, BackendProperties properties, AccessTokens tokens) {
        // java.net.http: HttpURLConnection (the "simple" factory) cannot send PATCH.
        var requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        this.rest = builder.baseUrl(properties.url().toString())
                .requestFactory(requests)
                // one id per call, logged by the backend with the request (README: What operators see)
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().set("X-Request-Id", "ui-" + UUID.randomUUID());
                    return execution.execute(request, body);
                })
                .build();
        this.tokens = tokens;
        this.baseUrl = properties.url().toString();
    }

    public Me me(Authentication user) {
        return get(user, b -> b.path("/v1.0/me").build(), new ParameterizedTypeReference<>() {});
    }

    /** One page of referrals; filter and order are OData, passed as encoded query values (never spliced). */
    public ReferralPage referrals(Authentication user, ReferralQuery query) {
        return get(
                user,
                b -> {
                    Map<String, Object> values = new HashMap<>();
                    b.path(REFERRALS).queryParam("$top", query.top()).queryParam("$skip", query.skip());
                    if (query.count()) {
                        b.queryParam("$count", "true");
                    }
                    if (query.filter() != null) {
                        b.queryParam("$filter", "{filter}");
                        values.put("filter", query.filter());
                    }
                    if (query.orderBy() != null) {
                        b.queryParam("$orderby", "{orderby}");
                        values.put("orderby", query.orderBy());
                    }
                    return b.build(values);
                },
                new ParameterizedTypeReference<>() {});
    }

    public Referral referral(Authentication user, String id) {
        return get(user, b -> b.path(REFERRALS + "/{id}").build(id), new ParameterizedTypeReference<>() {});
    }

    public List<HistoryEntry> history(Authentication user, String id) {
        return get(user, b -> b.path(REFERRALS + "/{id}/history").build(id), new ParameterizedTypeReference<>() {});
    }

    public Referral create(Authentication user, Referral draft) {
        return call(() -> rest.post()
                .uri(REFERRALS)
                .headers(h -> h.setBearerAuth(tokens.of(user)))
                .contentType(MediaType.APPLICATION_JSON)
                .body(draft)
                .retrieve()
                .body(Referral.class));
    }

    /**
     * A JSON Patch. {@code eTag} is the version the user saw: sent as If-Match so that a change made
     * meanwhile by someone else fails with 412 instead of being overwritten. Null only for the
     * per-user favourite flag, which overwrites nobody's work.
     */
    public Referral patch(Authentication user, String id, @Nullable String eTag, List<PatchOperation> operations) {
        return call(() -> rest.patch()
                .uri(REFERRALS + "/{id}", id)
                .headers(h -> {
                    h.setBearerAuth(tokens.of(user));
                    h.set("Prefer", "return=representation"); // Partner Center's PATCH answers 204 without it
                    if (eTag != null) {
                        h.set("If-Match", eTag);
                    }
                })
                .contentType(JSON_PATCH)
                .body(operations)
                .retrieve()
                .body(Referral.class));
    }

    public List<Customer> customers(Authentication user, String name, @Nullable String city, @Nullable String country) {
        return get(
                user,
                b -> {
                    Map<String, Object> values = new HashMap<>();
                    b.path("/v1.0/customers").queryParam("name", "{name}");
                    values.put("name", name);
                    if (city != null && !city.isBlank()) {
                        b.queryParam("city", "{city}");
                        values.put("city", city);
                    }
                    if (country != null && !country.isBlank()) {
                        b.queryParam("country", "{country}");
                        values.put("country", country);
                    }
                    return b.build(values);
                },
                new ParameterizedTypeReference<>() {});
    }

    public List<Solution> solutions(Authentication user) {
        return get(user, b -> b.path("/v1.0/solutions").build(), new ParameterizedTypeReference<>() {});
    }

    public Reasons reasons(Authentication user) {
        return get(user, b -> b.path("/v1.0/reasons").build(), new ParameterizedTypeReference<>() {});
    }

    /** The co-sell directory: the partners the user's organization can send a referral to. */
    public List<Organization> organizations(Authentication user) {
        return get(user, b -> b.path("/v1.0/organizations").build(), new ParameterizedTypeReference<>() {});
    }

    /** Withdraws the invitation of {@code organizationId}, which it has not answered yet. */
    public Referral withdraw(Authentication user, String id, String organizationId) {
        return call(() -> rest.delete()
                .uri(REFERRALS + "/{id}/target/{org}", id, organizationId)
                .headers(h -> h.setBearerAuth(tokens.of(user)))
                .retrieve()
                .body(Referral.class));
    }

    /** People of the caller's organization from earlier deals, for quick add. */
    public List<Referral.Member> recentContacts(Authentication user) {
        return get(user, b -> b.path("/v1.0/contacts/recent").build(), new ParameterizedTypeReference<>() {});
    }

    public DealRegistration registerDeal(Authentication user, String referralId, DealRegistration.Submission s) {
        return call(() -> rest.post()
                .uri(REFERRALS + "/{id}/registrations", referralId)
                .headers(h -> h.setBearerAuth(tokens.of(user)))
                .contentType(MediaType.APPLICATION_JSON)
                .body(s)
                .retrieve()
                .body(DealRegistration.class));
    }

    public List<DealRegistration> registrations(Authentication user, String status) {
        return get(
                user,
                b -> b.path("/v1.0/registrations").queryParam("status", status).build(),
                new ParameterizedTypeReference<>() {});
    }

    public DealRegistration review(Authentication user, UUID registrationId, String status, @Nullable String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (comment != null && !comment.isBlank()) {
            body.put("reviewComment", comment.strip());
        }
        return call(() -> rest.patch()
                .uri("/v1.0/registrations/{id}", registrationId)
                .headers(h -> h.setBearerAuth(tokens.of(user)))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(DealRegistration.class));
    }

    public NotificationPage notifications(Authentication user, int top, int skip) {
        return get(
                user,
                b -> b.path("/v1.0/notifications")
                        .queryParam("top", top)
                        .queryParam("skip", skip)
                        .build(),
                new ParameterizedTypeReference<>() {});
    }

    public void markRead(Authentication user, String notificationId) {
        call(() -> rest.post()
                .uri("/v1.0/notifications/{id}/read", notificationId)
                .headers(h -> h.setBearerAuth(tokens.of(user)))
                .retrieve()
                .toBodilessEntity());
    }

    public void markAllRead(Authentication user) {
        call(() -> rest.post()
                .uri("/v1.0/notifications/read-all")
                .headers(h -> h.setBearerAuth(tokens.of(user)))
                .retrieve()
                .toBodilessEntity());
    }

    /** The organization's members and their roles (organization admins only). */
    public OrganizationMembers members(Authentication user) {
        return get(user, b -> b.path("/v1.0/organization/members").build(), new ParameterizedTypeReference<>() {});
    }

    /** Sets the Co-sell roles a member holds; answers the member as the identity provider now has them. */
    public Member changeRoles(Authentication user, String memberId, List<String> roles) {
        return call(() -> rest.put()
                .uri("/v1.0/organization/members/{id}/roles", memberId)
                .headers(h -> h.setBearerAuth(tokens.of(user)))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("roles", roles))
                .retrieve()
                .body(Member.class));
    }

    /** A request builder as the signed-in user, for the other API clients of this package. */
    RestClient.Builder as(Authentication user) {
        return rest.mutate().defaultHeaders(h -> h.setBearerAuth(tokens.of(user)));
    }

    /** The WebSocket address of the backend's event stream. */
    public URI eventsUri() {
        return URI.create(baseUrl.replaceFirst("^http", "ws").replaceAll("/+$", "") + "/v1.0/engagements/events");
    }

    private <T> T get(Authentication user, Function<UriBuilder, URI> uri, ParameterizedTypeReference<T> type) {
        return call(() -> rest.get()
                .uri(uri)
                .headers(h -> h.setBearerAuth(tokens.of(user)))
                .retrieve()
                .body(type));
    }

    /** Runs a request, turning the backend's refusals into {@link BackendException}s (also for {@link WebhooksApi}). */
    <T> T call(Supplier<@Nullable T> request) {
        T result;
        try {
            result = request.get();
        } catch (RestClientResponseException e) {
            throw BackendException.refused(e);
        } catch (ResourceAccessException e) {
            throw new BackendException(0, "The Co-sell service cannot be reached right now.", e);
        } catch (SessionExpiredException e) { // no token to send: the call was not made
            throw new BackendException(e instanceof SignInUnavailableException ? 503 : 401, e.getMessage(), e);
        }
        if (result == null) {
            throw new BackendException(502, "The Co-sell service sent an empty answer.", null);
        }
        return result;
    }
}
