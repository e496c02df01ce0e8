package com.cosell.bench.support;

import io.netty.handler.codec.http.HttpMethod;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufMono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

/** The bench's HTTP client to the backend's API: one pool of 64 connections, bearer tokens. */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public record Resp(int status, String body) {}

    private final HttpClient client;

    public Http(String base) {
        client = HttpClient.create(ConnectionProvider.create("bench-api", 64)).baseUrl(base);
    }

    public Mono<Resp> call(String method, String uri, String token, String contentType, String body) {
        return client.headers(h -> {
                    h.set("Authorization", "Bearer " + token);
                    if (contentType != null) {
                        h.set("Content-Type", contentType);
                    }
                })
                .request(HttpMethod.valueOf(method))
                .uri(uri)
                .send(body == null ? Mono.empty() : ByteBufMono.fromString(Mono.just(body)))
                .responseSingle((res, buf) -> buf.asString()
                        .defaultIfEmpty("")
                        .map(s -> new Resp(res.status().code(), s)));
    }

    /** A JSON Patch replacing a referral's deal value (204, no body): each one is a referral-updated event. */
    public Mono<Resp> patchDealValue(String id, String token, long value) {
        return call(
                "PATCH",
                "/v1.0/engagements/referrals/" + id,
                token,
                "application/json-patch+json",
                "[{\"op\":\"replace\",\"path\":\"/details/dealValue\",\"value\":" + value + "}]");
    }

    public static Resp check(Resp r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + r.status() + ": " + r.body());
        }
        return r;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
