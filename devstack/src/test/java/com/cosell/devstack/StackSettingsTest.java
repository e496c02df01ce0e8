package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JVM options and the mail flood limit `./cosell run` starts the backend and the frontend with. */
class StackSettingsTest {

    private final Path repo = Path.of("/tmp/checkout");

    @Test
    void byDefaultASmallHeapCommittedWholeAndTheJitsFirstTier() {
        StackSettings settings = StackSettings.fromEnvironment(repo, Map.of());

        assertThat(settings.jvmOptions()).containsExactly("-Xms768m", "-Xmx768m", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void anOperatorNamesTheirOwn() {
        StackSettings settings =
                StackSettings.fromEnvironment(repo, Map.of("COSELL_JVM_OPTIONS", "  -Xmx2g   -XX:+UseZGC "));

        assertThat(settings.jvmOptions()).containsExactly("-Xmx2g", "-XX:+UseZGC");
        assertThat(settings.withJvmOptions("").jvmOptions()).isEmpty();
        assertThat(settings.withJvmOptions("-Xmx1g").frontendPort()).isEqualTo(settings.frontendPort());
    }

    @Test
    void mailFloodsAtTheBackendsLimitUnlessTheOperatorNamesAnother() {
        assertThat(StackSettings.fromEnvironment(repo, Map.of()).mailFloodLimit())
                .isEqualTo(10);
        StackSettings settings = StackSettings.fromEnvironment(repo, Map.of("COSELL_MAIL_FLOOD_LIMIT", " 50 "));

        assertThat(settings.mailFloodLimit()).isEqualTo(50);
        assertThat(settings.withMailFloodLimit(7).mailFloodLimit()).isEqualTo(7);
        assertThat(settings.withMailFloodLimit(7).jvmOptions()).isEqualTo(settings.jvmOptions());
        assertThatThrownBy(() -> StackSettings.fromEnvironment(repo, Map.of("COSELL_MAIL_FLOOD_LIMIT", "many")))
                .hasMessage("COSELL_MAIL_FLOOD_LIMIT must be a number of mails, not 'many'");
    }
}
