package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JVM options `./cosell run` starts the backend and the frontend with. */
class StackSettingsTest {

    private final Path repo = Path.of("/tmp/checkout");

    @Test
    void byDefaultASmallHeapAndTheJitsFirstTier() {
        StackSettings settings = StackSettings.fromEnvironment(repo, Map.of());

        assertThat(settings.jvmOptions()).containsExactly("-Xmx768m", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void anOperatorNamesTheirOwn() {
        StackSettings settings =
                StackSettings.fromEnvironment(repo, Map.of("COSELL_JVM_OPTIONS", "  -Xmx2g   -XX:+UseZGC "));

        assertThat(settings.jvmOptions()).containsExactly("-Xmx2g", "-XX:+UseZGC");
        assertThat(settings.withJvmOptions("").jvmOptions()).isEmpty();
        assertThat(settings.withJvmOptions("-Xmx1g").frontendPort()).isEqualTo(settings.frontendPort());
    }
}
