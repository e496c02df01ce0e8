package com.cosell.backend.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.catalogue.Solution;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The catalogue remembers a found solution for {@link SolutionCatalogue#KEEP}: a change made by SQL
 * (as a migration makes it) shows once that has passed, a new solution at once, and what one
 * organization was answered never answers another.
 */
class SolutionMemoryTest extends ApiTestBase {

    private final UUID own = UUID.randomUUID();
    private final UUID added = UUID.randomUUID();
    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-27T12:00:00Z"), time);

    @AfterEach
    void removeTheSolutions() {
        db.sql("DELETE FROM solution WHERE id IN (:a, :b)")
                .bind("a", own)
                .bind("b", added)
                .then()
                .block();
    }

    @Test
    void aFoundSolutionIsRememberedForAWhileAndOnlyForItsOrganization() {
        SolutionCatalogue catalogue = new SolutionCatalogue(db, clock);
        insert(own, "Memory Test Suite", false); // contoso's own, not co-sell ready: nobody else's to use
        assertThat(names(catalogue, "contoso", own)).containsExactly("Memory Test Suite");

        db.sql("UPDATE solution SET name = 'Memory Test Suite 2' WHERE id = :id")
                .bind("id", own)
                .then()
                .block();
        time.advanceTimeBy(SolutionCatalogue.KEEP.minusSeconds(1));
        assertThat(names(catalogue, "contoso", own)).containsExactly("Memory Test Suite");
        assertThat(names(catalogue, "fabrikam", own)).isEmpty();

        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(names(catalogue, "contoso", own)).containsExactly("Memory Test Suite 2");
    }

    @Test
    void aSolutionNotFoundIsAskedForAgainAndUsableOnceAdded() {
        SolutionCatalogue catalogue = new SolutionCatalogue(db, clock);
        insert(own, "Memory Test Known", false);
        assertThat(names(catalogue, "contoso", own)).containsExactly("Memory Test Known");
        assertThat(names(catalogue, "contoso", own, added)).containsExactly("Memory Test Known");

        insert(added, "Memory Test Added", true);
        assertThat(names(catalogue, "contoso", own, added))
                .containsExactlyInAnyOrder("Memory Test Known", "Memory Test Added");
        assertThat(names(catalogue, "fabrikam", own, added)).containsExactly("Memory Test Added");
    }

    private void insert(UUID id, String name, boolean coSellReady) {
        db.sql("INSERT INTO solution (id, name, organization_id, co_sell_ready) VALUES (:id, :name, 'contoso', :ready)")
                .bind("id", id)
                .bind("name", name)
                .bind("ready", coSellReady)
                .then()
                .block();
    }

    private static List<String> names(SolutionCatalogue catalogue, String organizationId, UUID... ids) {
        return catalogue
                .find(organizationId, List.of(ids))
                .map(Solution::name)
                .collectList()
                .block();
    }
}
