package com.cosell.backend.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description names every endpoint the application maps, and its UI is served. */
@BackendTest
class OpenApiTest {

    @Autowired
    WebTestClient client;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void describesEveryEndpoint() {
        // springdoc builds the description on the first request, by reflection over every controller:
        // seconds on a busy 2-core machine, beyond WebTestClient's 5 s default.
        JsonNode doc = Api.json(client.mutate()
                .responseTimeout(Duration.ofSeconds(60))
                .build()
                .get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        Set<String> documented = new TreeSet<>();
        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .propertyNames()
                        .forEach(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getMethodsCondition()
                        .getMethods()
                        .forEach(m -> info.getPatternsCondition().getPatterns().stream()
                                .filter(p -> p.getPatternString().startsWith("/v1.0"))
                                .forEach(p -> mapped.add(m.name() + " " + p.getPatternString()))));
        assertThat(documented).containsAll(mapped);
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");
        // Partner Center's shapes: target objects, relatedReferrals a link, a PATCH that answers 204
        assertThat(doc.at("/components/schemas/Target/properties").propertyNames())
                .contains("type", "id");
        assertThat(doc.at("/components/schemas/Links/properties/relatedReferrals/$ref")
                        .asString())
                .endsWith("/Link");
        assertThat(doc.at("/paths/~1v1.0~1engagements~1referrals~1{id}/patch/responses")
                        .propertyNames())
                .contains("204", "200");
    }

    @Test
    void servesTheBrowsableUi() {
        client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }
}
