package com.cosell.backend.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The OpenAPI description at /v3/api-docs, browsable at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        // Jackson 3's JsonNode holds the free-form parts of Partner Center's schema (requirements,
        // solution details) and the history's changes: any JSON value. Left to the model resolver it
        // is walked as a bean graph, which took minutes per request.
        SpringDocUtils.getConfig()
                .replaceWithClass(JsonNode.class, Object.class)
                .replaceWithClass(ObjectNode.class, Object.class)
                .replaceWithClass(ArrayNode.class, Object.class);
    }

    @Bean
    OpenAPI cosellOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Co-sell API")
                        .description("Referrals (co-sell opportunities) following the Partner Center Referrals API, "
                                + "plus the catalogues the workspace needs. Every call needs an OAuth2 bearer token "
                                + "with the roles and org claims; errors are RFC 9457 problem+json.")
                        .version("v1.0")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
