package com.cosell.backend.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.referral.Stage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (stage, transition, who, expired?) combination against an independent table of outcomes. */
class LifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Transition.Accept ACCEPT =
            new Transition.Accept("Fabrikam ERP", new BigDecimal("125000.00"), "USD", NOW.plus(Duration.ofDays(30)));
    private static final Transition.Decline DECLINE = new Transition.Decline("CustomerUnresponsive", "No answer");
    private static final Transition.Lose LOSE = new Transition.Lose("CustomerChoseAnotherVendor", null);
    private static final List<Transition> TRANSITIONS =
            List.of(ACCEPT, DECLINE, new Transition.Expire(), new Transition.Win(), LOSE);

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (Stage from : Stage.values()) {
            for (Transition t : TRANSITIONS) {
                for (boolean bySystem : new boolean[] {false, true}) {
                    for (boolean due : new boolean[] {false, true}) {
                        all.add(Arguments.of(from, t, bySystem, due));
                    }
                }
            }
        }
        return all.stream();
    }

    /** The specification, written as a table independent of the implementation's switch. */
    private static Stage expected(Stage from, Transition t, boolean bySystem, boolean due) {
        boolean received = from == Stage.RECEIVED;
        return switch (t.getClass().getSimpleName()) {
            case "Accept" -> received && !due ? Stage.ACCEPTED : null;
            case "Decline" -> received && !due ? Stage.DECLINED : null;
            case "Expire" -> received && due && bySystem ? Stage.EXPIRED : null;
            case "Win" -> from == Stage.ACCEPTED ? Stage.WON : null;
            case "Lose" -> from == Stage.ACCEPTED ? Stage.LOST : null;
            default -> throw new IllegalArgumentException(t.toString());
        };
    }

    @ParameterizedTest(name = "{0} + {1} bySystem={2} due={3}")
    @MethodSource("everyCombination")
    void decidesEveryCombination(Stage from, Transition t, boolean bySystem, boolean due) {
        Instant expiresAt = due ? NOW.minusSeconds(1) : NOW.plusSeconds(3600);
        Decision decision = Lifecycle.decide(from, t, NOW, expiresAt, bySystem);

        Stage expected = expected(from, t, bySystem, due);
        if (expected != null) {
            assertThat(decision).isEqualTo(new Decision.Allowed(expected));
        } else {
            assertThat(decision).isInstanceOf(Decision.Refused.class);
            Decision.Refused refused = (Decision.Refused) decision;
            assertThat(refused.reason()).isNotBlank();
            if (from.isClosed()) {
                assertThat(refused.allowed()).isEmpty();
            }
        }
    }

    @Test
    void allowedTargetsNameTheMovesPeopleCanMake() {
        assertThat(Lifecycle.allowedTargets(Stage.RECEIVED)).containsExactlyInAnyOrder(Stage.ACCEPTED, Stage.DECLINED);
        assertThat(Lifecycle.allowedTargets(Stage.ACCEPTED)).containsExactlyInAnyOrder(Stage.WON, Stage.LOST);
        for (Stage closed : EnumSet.of(Stage.DECLINED, Stage.EXPIRED, Stage.WON, Stage.LOST)) {
            assertThat(Lifecycle.allowedTargets(closed)).isEmpty();
        }
    }

    @Test
    void acceptingRequiresTheDealDetails() {
        Decision d = Lifecycle.decide(
                Stage.RECEIVED,
                new Transition.Accept(" ", new BigDecimal("-5"), "usd", NOW.minus(Duration.ofDays(3))),
                NOW,
                null,
                false);

        assertThat(d).isInstanceOf(Decision.Invalid.class);
        assertThat(((Decision.Invalid) d).violations())
                .extracting(Decision.Violation::field)
                .containsExactlyInAnyOrder("name", "details/dealValue", "details/currency", "details/closingDateTime");
    }

    @Test
    void decliningOrLosingRequiresAReasonCodedOrInTheClientsOwnWords() {
        assertThat(Lifecycle.decide(
                        Stage.RECEIVED,
                        new Transition.Decline("Customer went with a competitor", null),
                        NOW,
                        null,
                        false))
                .isEqualTo(new Decision.Allowed(Stage.DECLINED));
        assertThat(Lifecycle.decide(Stage.RECEIVED, new Transition.Decline(" ", null), NOW, null, false))
                .isInstanceOf(Decision.Invalid.class);
        assertThat(Lifecycle.decide(Stage.RECEIVED, new Transition.Decline("x".repeat(1001), null), NOW, null, false))
                .isInstanceOf(Decision.Invalid.class);
        assertThat(Lifecycle.decide(Stage.RECEIVED, new Transition.Decline("Other", " "), NOW, null, false))
                .isInstanceOf(Decision.Invalid.class);
        assertThat(Lifecycle.decide(
                        Stage.RECEIVED, new Transition.Decline("Other", "Duplicate of another deal"), NOW, null, false))
                .isEqualTo(new Decision.Allowed(Stage.DECLINED));
        assertThat(Lifecycle.decide(Stage.ACCEPTED, new Transition.Lose(null, null), NOW, null, false))
                .isInstanceOf(Decision.Invalid.class);
    }

    @Test
    void moneyNeedsAPositiveValueAndARealCurrency() {
        assertThat(Lifecycle.money(new BigDecimal("1.00"), "KRW")).isEmpty();
        assertThat(Lifecycle.money(BigDecimal.ZERO, "USD")).hasSize(1);
        assertThat(Lifecycle.money(new BigDecimal("1.001"), "USD")).hasSize(1);
        assertThat(Lifecycle.money(new BigDecimal("10"), "XYZ")).hasSize(1);
        assertThat(Lifecycle.money(null, null)).hasSize(2);
    }
}
