package com.cosell.backend.webhook.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** SSRF rules: what a webhook URL may resolve to, at registration and again at delivery. */
class WebhookTargetGuardTest {

    /** Parses IP literals only, as the JDK does without asking DNS. */
    private static final HostResolver LITERALS = host -> Mono.fromCallable(() -> List.of(InetAddress.getByName(host)));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.1.2.3",
                "::1",
                "0.0.0.0",
                "::",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "169.254.1.1",
                "fe80::1",
                "fd00:ec2::254",
                "fc00::1",
                "100.64.0.1",
                "100.127.255.254",
                "224.0.0.1",
                "ff02::1",
                "192.0.0.170",
                "198.18.0.1",
                "240.0.0.1",
                "255.255.255.255",
                "::ffff:127.0.0.1",
                "::ffff:169.254.169.254",
                "64:ff9b::a9fe:a9fe",
                "::10.0.0.1"
            })
    void refusesNonPublicAddresses(String ip) throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName(ip))).as(ip).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"8.8.8.8", "203.0.113.10", "100.128.0.1", "172.32.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"
            })
    void allowsPublicAddresses(String ip) throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName(ip))).as(ip).isNull();
    }

    @Test
    void refusesInternalTargetsAtRegistrationUnlessAllowed() {
        TargetGuard strict = new TargetGuard(LITERALS, false, false);
        for (String url : List.of(
                "https://127.0.0.1/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://[fd00:ec2::254]/",
                "https://10.0.0.5:8443/x",
                "https://[::ffff:10.0.0.5]/")) {
            StepVerifier.create(strict.check(url))
                    .expectError(InvalidTarget.class)
                    .verify();
        }
        StepVerifier.create(strict.check("https://203.0.113.10/hook"))
                .expectNextCount(1)
                .verifyComplete();
        TargetGuard local = new TargetGuard(LITERALS, true, true);
        StepVerifier.create(local.check("http://127.0.0.1:8080/hook"))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void refusesOtherSchemesPlainHttpUserInfoAndOverlongUrls() {
        TargetGuard strict = new TargetGuard(LITERALS, false, false);
        for (String url : List.of(
                "http://203.0.113.10/",
                "ftp://203.0.113.10/",
                "https://user:pw@203.0.113.10/",
                "/relative",
                "https://203.0.113.10/" + "x".repeat(TargetGuard.MAX_URL_LENGTH),
                "https://exa mple/")) {
            assertThatThrownBy(() -> strict.parse(url)).as(url).isInstanceOf(InvalidTarget.class);
        }
        assertThatThrownBy(() -> strict.parse("http://203.0.113.10/")).hasMessageContaining("https");
    }

    /** A name that pointed outside at registration and is re-pointed inside is refused when resolved again. */
    @Test
    void aNameRepointedAtAnInternalAddressIsRefusedAtDelivery() throws UnknownHostException {
        AtomicInteger lookups = new AtomicInteger();
        InetAddress outside = InetAddress.getByName("203.0.113.10");
        InetAddress metadata = InetAddress.getByName("169.254.169.254");
        HostResolver rebinding = host -> Mono.just(List.of(lookups.getAndIncrement() == 0 ? outside : metadata));
        TargetGuard guard = new TargetGuard(rebinding, false, false);

        StepVerifier.create(guard.check("https://hooks.example.com/x"))
                .expectNextCount(1)
                .verifyComplete();
        StepVerifier.create(guard.addresses("hooks.example.com"))
                .expectErrorSatisfies(e -> assertThat(e)
                        .isInstanceOf(InvalidTarget.class)
                        .hasMessageContaining("169.254.169.254")
                        .hasMessageContaining("link-local"))
                .verify();
    }

    @Test
    void aNameWithOneInternalAddressAmongOthersIsRefusedAndAnUnknownNameToo() throws UnknownHostException {
        List<InetAddress> mixed = List.of(InetAddress.getByName("203.0.113.10"), InetAddress.getByName("10.0.0.1"));
        StepVerifier.create(new TargetGuard(host -> Mono.just(mixed), false, false).addresses("mixed.example"))
                .expectError(InvalidTarget.class)
                .verify();
        HostResolver unknown = host -> Mono.error(new UnknownHostException(host));
        StepVerifier.create(new TargetGuard(unknown, false, false).check("https://nowhere.invalid/"))
                .expectErrorMessage("host nowhere.invalid does not resolve.")
                .verify();
    }
}
