package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so this checks what can be checked of docker-compose.yml: it parses,
 * names every service and image, and sets exactly the variables each jar reads.
 */
class DockerComposeTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(REPO.resolve("docker-compose.yml")));
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        return (Map<String, Object>) services().get(name);
    }

    @Test
    void namesEveryServiceWithPinnedImagesHealthChecksAndRestartPolicies() throws IOException {
        assertThat(services()).containsOnlyKeys("postgres", "keycloak", "backend", "frontend", "prometheus");
        assertThat(service("prometheus").get("profiles").toString()).as("only on request").contains("monitoring");
        assertThat(service("prometheus").get("image").toString()).matches("prom/prometheus:v\\d+\\.\\d+\\.\\d+");
        assertThat(service("postgres").get("image")).isEqualTo("postgres:18");
        assertThat(service("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:" + StackSettings.KEYCLOAK_VERSION);
        assertThat(service("keycloak").get("command").toString()).contains("start", "--import-realm").doesNotContain("start-dev");
        assertThat(service("keycloak").get("volumes").toString()).contains("./keycloak/cosell-realm.json:/opt/keycloak/data/import/");
        for (String name : services().keySet()) {
            assertThat(service(name).get("restart")).as(name).isEqualTo("unless-stopped");
        }
        assertThat(service("postgres")).containsKey("healthcheck");
        assertThat(service("keycloak")).containsKey("healthcheck");
    }

    @ParameterizedTest
    @ValueSource(strings = {"backend", "frontend"})
    void appIsBuiltFromItsModuleWithAHealthCheck(String module) throws IOException {
        assertThat(service(module).get("build")).isEqualTo("./" + module);
        String dockerfile = Files.readString(REPO.resolve(module).resolve("Dockerfile"));
        assertThat(dockerfile).contains("COPY target/cosell-" + module + "-exec.jar").contains("HEALTHCHECK")
                .contains("/actuator/health/readiness");
        assertThat(Files.readString(REPO.resolve(module).resolve("pom.xml")))
                .contains("<finalName>cosell-" + module + "</finalName>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"backend", "frontend"})
    @SuppressWarnings("unchecked")
    void setsExactlyTheVariablesTheJarReads(String module) throws IOException {
        Set<String> read = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(Files.readString(
                REPO.resolve(module).resolve("src/main/resources/application.yaml")));
        while (m.find()) {
            read.add(m.group(1));
        }
        Set<String> set = new TreeSet<>(((Map<String, Object>) service(module).get("environment")).keySet());
        assertThat(read).isNotEmpty();
        assertThat(set).as("variables %s sets for %s", "docker-compose.yml", module).isEqualTo(read);
    }
}
