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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
        assertThat(services())
                .containsOnlyKeys(
                        "postgres",
                        "keycloak",
                        "backend-1",
                        "backend-2",
                        "frontend-1",
                        "frontend-2",
                        "proxy",
                        "prometheus");
        assertThat(service("proxy").get("image").toString()).matches("nginx:\\d+\\.\\d+\\.\\d+");
        assertThat(service("prometheus").get("profiles").toString())
                .as("only on request")
                .contains("monitoring");
        assertThat(service("prometheus").get("image").toString()).matches("prom/prometheus:v\\d+\\.\\d+\\.\\d+");
        assertThat(service("postgres").get("image")).isEqualTo("postgres:18");
        assertThat(service("keycloak").get("image"))
                .isEqualTo("quay.io/keycloak/keycloak:" + StackSettings.KEYCLOAK_VERSION);
        assertThat(service("keycloak").get("command").toString())
                .contains("start", "--import-realm")
                .doesNotContain("start-dev");
        assertThat(service("keycloak").get("volumes").toString())
                .contains("./keycloak/cosell-realm.json:/opt/keycloak/data/import/");
        for (String name : services().keySet()) {
            assertThat(service(name).get("restart")).as(name).isEqualTo("unless-stopped");
        }
        assertThat(service("postgres")).containsKey("healthcheck");
        assertThat(service("keycloak")).containsKey("healthcheck");
    }

    @ParameterizedTest
    @ValueSource(strings = {"backend-1", "backend-2", "frontend-1", "frontend-2"})
    void appIsBuiltFromItsModuleWithAHealthCheck(String replica) throws IOException {
        String module = replica.replaceAll("-\\d+$", "");
        assertThat(service(replica).get("build")).isEqualTo("./" + module);
        assertThat(service(replica)).as("reached through the proxy only").doesNotContainKey("ports");
        String dockerfile = Files.readString(REPO.resolve(module).resolve("Dockerfile"));
        assertThat(dockerfile)
                .contains("COPY target/cosell-" + module + "-exec.jar")
                .contains("HEALTHCHECK")
                .contains("/actuator/health/readiness")
                .as("the heap committed whole at start, as ./cosell run's (StackSettings)")
                .contains("\"-XX:InitialRAMPercentage=75\", \"-XX:MaxRAMPercentage=75\"");
        assertThat(Files.readString(REPO.resolve(module).resolve("pom.xml")))
                .contains("<finalName>cosell-" + module + "</finalName>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"backend-1", "backend-2", "frontend-1", "frontend-2"})
    @SuppressWarnings("unchecked")
    void setsExactlyTheVariablesTheJarReads(String replica) throws IOException {
        String module = replica.replaceAll("-\\d+$", "");
        Set<String> read = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(
                Files.readString(REPO.resolve(module).resolve("src/main/resources/application.yaml")));
        while (m.find()) {
            read.add(m.group(1));
        }
        Set<String> set = new TreeSet<>(((Map<String, Object>) service(replica).get("environment")).keySet());
        assertThat(read).isNotEmpty();
        assertThat(set)
                .as("variables %s sets for %s", "docker-compose.yml", module)
                .isEqualTo(read);
    }

    /**
     * The proxy's configuration names exactly the app replicas compose defines, on the ports the apps
     * listen on, and listens where compose publishes it; compose mounts that very file.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theProxyConfigurationReachesEveryReplicaThatExists() throws Exception {
        String conf = Files.readString(REPO.resolve("deploy/nginx.conf"));
        Set<String> upstreams = new TreeSet<>();
        Matcher server =
                Pattern.compile("(?m)^\\s*server\\s+([a-z0-9-]+):(\\d+)").matcher(conf);
        while (server.find()) {
            String host = server.group(1);
            assertThat(services()).as("upstream %s is a compose service", host).containsKey(host);
            assertThat(server.group(2)).as(host + "'s port").isEqualTo(host.startsWith("backend") ? "8081" : "8080");
            upstreams.add(host);
        }
        Set<String> replicas = new TreeSet<>(services().keySet().stream()
                .filter(n -> n.matches("(backend|frontend)-\\d+"))
                .toList());
        assertThat(upstreams)
                .as("every replica behind the proxy, and nothing else")
                .isEqualTo(replicas);
        Set<String> listens = new TreeSet<>();
        Matcher listen = Pattern.compile("(?m)^\\s*listen\\s+(\\d+);").matcher(conf);
        while (listen.find()) {
            listens.add(listen.group(1) + ":" + listen.group(1));
        }
        assertThat(new TreeSet<>((java.util.List<String>) service("proxy").get("ports")))
                .isEqualTo(listens);
        assertThat(service("proxy").get("volumes").toString()).contains("./deploy/nginx.conf:/etc/nginx/nginx.conf:ro");
        // The apps reach each other through the proxy too, so a stopped backend is passed over.
        assertThat(((Map<String, Object>) service("frontend-1").get("environment")).get("BACKEND_URL"))
                .isEqualTo("http://proxy:8081");
        // A bad configuration fails here rather than at "docker compose up": nginx checks it (nginx -t).
        Path dir = Files.createTempDirectory("cosell-nginx-t-");
        Map<String, String> local = new java.util.LinkedHashMap<>();
        replicas.forEach(r -> local.put(r + ":" + (r.startsWith("backend") ? 8081 : 8080), "127.0.0.1:1"));
        String rendered = Nginx.render(conf, dir, local, Map.of(8080, 18080, 8081, 18081));
        assertThat(rendered).doesNotContain("backend-1:", "frontend-2:");
        Path file = Files.writeString(dir.resolve("nginx.conf"), rendered);
        Files.createDirectories(dir.resolve("temp"));
        Process check = new ProcessBuilder(
                        Nginx.binary().toString(),
                        "-t",
                        "-p",
                        dir.toString(),
                        "-c",
                        file.toString(),
                        "-e",
                        "stderr",
                        "-g",
                        "pid " + dir.resolve("nginx.pid") + ";")
                .redirectErrorStream(true)
                .start();
        String said = new String(check.getInputStream().readAllBytes());
        int exit = check.waitFor();
        TempFolders.delete(dir);
        assertThat(exit).as(said).isZero();
    }
}
