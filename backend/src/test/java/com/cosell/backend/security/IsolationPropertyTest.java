package com.cosell.backend.security;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.CosellBackendApplication;
import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTestInitializer;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Random multi-organization scenarios, partner-to-partner deals with several parties among them:
 * whatever partners and sellers do, no read path returns another organization's data (only the other
 * parties' names and stages), and a private deal never reaches anyone until its owner invites someone.
 * Comments ({@link CommentIsolation}), duplicates and conflicts ({@link DuplicateIsolation}) and insights
 * ({@link InsightIsolation}) included; with assignments and routing among the steps, no owner is ever of
 * another organization ({@link OwnerIsolation}).
 */
class IsolationPropertyTest {

    /** One step of a scenario. {@code target} picks an earlier referral where the step needs one. */
    record Step(String kind, String user, int target) {}

    private static final List<String> PARTNER_USERS = List.of("alice", "bob", "carol");
    private static final List<String> READERS = List.of("alice", "bob", "carol", "mia");
    private static ConfigurableApplicationContext app;
    private static Api api;

    private static synchronized Api api() {
        if (app == null) {
            app = new SpringApplicationBuilder(CosellBackendApplication.class)
                    .initializers(new BackendTestInitializer())
                    .run("--server.port=0"); // an argument: a default property would lose to application.yaml
            String port = app.getEnvironment().getProperty("local.server.port");
            api = new Api(WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + port)
                    .responseTimeout(Duration.ofSeconds(30))
                    .build());
        }
        return api;
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @Provide
    Arbitrary<List<Step>> scenarios() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.of(
                                "private",
                                "shared",
                                "send",
                                "accept",
                                "decline",
                                "share-later",
                                "engage",
                                "p2p",
                                "invite-later",
                                "withdraw",
                                "assign",
                                "route",
                                "duplicate",
                                "link"),
                        Arbitraries.of(PARTNER_USERS),
                        Arbitraries.integers().between(0, 20))
                .as(Step::new);
        return step.list().ofMinSize(3).ofMaxSize(10);
    }

    @Property(tries = 8)
    void noReadPathReturnsAnotherOrganizationsData(@ForAll("scenarios") List<Step> scenario) {
        Api api = api();
        Map<String, String> ownerOf = new HashMap<>(); // referral id → organization
        Map<String, String> privateEngagements = new HashMap<>(); // never shared: engagement → its owner
        List<JsonNode> created = new ArrayList<>();
        String marker = "Iso-" + Long.toHexString(System.nanoTime());
        OwnerIsolation owners = new OwnerIsolation(api); // starts without routing rules
        for (Step step : scenario) {
            String org = Users.ALL.get(step.user()).org();
            switch (step.kind()) {
                case "private" -> {
                    JsonNode r = api.create(step.user(), deal(Deals.privateDeal(marker + " private"), org));
                    created.add(r);
                    privateEngagements.put(r.get("engagementId").asString(), org);
                }
                case "p2p" ->
                    created.add(api.create(
                            step.user(),
                            deal(
                                    Deals.invitingDeal(
                                            marker + " p2p", otherPartners(org).toArray(String[]::new)),
                                    org)));
                case "invite-later", "withdraw" -> {
                    if (!created.isEmpty()) {
                        JsonNode c = created.get(step.target() % created.size());
                        String owner = c.get("organizationId").asString();
                        String ownerUser = owner.equals("fabrikam") ? "carol" : owner.equals("contoso") ? "bob" : null;
                        if (ownerUser != null) {
                            String invited = otherPartners(owner).getFirst();
                            int status = step.kind().equals("withdraw")
                                    ? api.delete(
                                            ownerUser,
                                            REFERRALS + "/" + c.get("id").asString() + "/target/" + invited)
                                    : api.patch(ownerUser, c.get("id").asString(), Deals.invitePatch(invited), null)
                                            .expectBody(String.class)
                                            .returnResult()
                                            .getStatus()
                                            .value();
                            if (status == 200) {
                                privateEngagements.remove(c.get("engagementId").asString());
                            }
                        }
                    }
                }
                case "shared" ->
                    created.add(api.create(step.user(), deal(Deals.sharedDeal(marker + " shared", true), org)));
                case "send" -> created.add(api.create("mia", Deals.sellerReferral(marker + " sent", org)));
                case "accept", "decline", "engage" -> {
                    // answer whatever Received referral the acting organization holds in a known engagement
                    String actor = step.kind().equals("engage") ? "mia" : step.user();
                    for (JsonNode c : created) {
                        for (JsonNode mine :
                                api.engagement(actor, c.get("engagementId").asString())) {
                            if (mine.get("substatus").asString().equals("Received")) {
                                api.patch(
                                        actor,
                                        mine.get("id").asString(),
                                        step.kind().equals("decline")
                                                ? Deals.declinePatch("NotACustomer")
                                                : Deals.acceptPatch(marker + " answered"),
                                        null);
                            }
                        }
                    }
                }
                case "share-later" -> {
                    if (!created.isEmpty()) {
                        JsonNode c = created.get(step.target() % created.size());
                        String owner = c.get("organizationId").asString();
                        String ownerUser = owner.equals("fabrikam") ? "carol" : owner.equals("contoso") ? "bob" : null;
                        if (ownerUser != null && c.get("type").asString().equals("Independent")) {
                            int status = api.patch(ownerUser, c.get("id").asString(), """
                                    [{"op":"replace","path":"/type","value":"Shared"},
                                     {"op":"add","path":"/inviteContext","value":{"assistanceRequestCode":"GeneralOrOther"}}]""", null)
                                    .expectBody(String.class)
                                    .returnResult()
                                    .getStatus()
                                    .value();
                            if (status == 200) {
                                privateEngagements.remove(c.get("engagementId").asString());
                            }
                        }
                    }
                }
                case "assign" -> {
                    if (!created.isEmpty()) {
                        JsonNode c = created.get(step.target() % created.size());
                        owners.assign(step.user(), c.get("engagementId").asString(), step.target());
                    }
                }
                case "route" -> owners.route(step.target());
                case "duplicate" -> DuplicateIsolation.closeOne(api, step.user(), created, step.target());
                case "link" -> DuplicateIsolation.linkOne(api, step.user(), created, step.target());
                default -> throw new IllegalStateException(step.kind());
            }
        }
        // Every referral of every engagement, as its owner sees it.
        Set<String> engagements = new HashSet<>();
        created.forEach(c -> engagements.add(c.get("engagementId").asString()));
        for (String reader : READERS) {
            String org = Users.ALL.get(reader).org();
            for (String e : engagements) {
                for (JsonNode r : api.engagement(reader, e)) {
                    ownerOf.put(r.get("id").asString(), r.get("organizationId").asString());
                }
            }
        }
        Map<String, Set<String>> parties = new HashMap<>(); // engagement → organizations holding a copy
        for (String reader : READERS) {
            for (String e : engagements) {
                for (JsonNode r : api.engagement(reader, e)) {
                    parties.computeIfAbsent(e, k -> new HashSet<>())
                            .add(r.get("organizationId").asString());
                }
            }
        }
        for (String reader : READERS) {
            String org = Users.ALL.get(reader).org();
            for (String e : engagements) {
                for (JsonNode r : api.engagement(reader, e)) {
                    // Other parties: only organizations that are parties, never the reader itself, at most ten.
                    assertThat(r.get("relatedParties").findValuesAsString("organizationId"))
                            .doesNotContain(org)
                            .isSubsetOf(parties.get(e))
                            .hasSizeLessThan(10);
                    // Nothing of another organization's people, CRM ids or notes in a copy it received.
                    String text = r.toString();
                    for (String other : List.of("contoso", "fabrikam", "microsoft")) {
                        if (!other.equals(org)) {
                            assertThat(text).as("%s reading %s", reader, e).doesNotContain("@" + other + "-iso");
                        }
                    }
                    if (r.get("direction").asString().equals("Incoming")) {
                        assertThat(text).doesNotContain("margin is thin");
                        // Its own CRM id (set on accepting) or none; never the sender's.
                        assertThat(r.path("externalReferenceId").asString("CRM-ACC-1"))
                                .isEqualTo("CRM-ACC-1");
                    }
                }
            }
        }
        CommentIsolation comments = new CommentIsolation(api, engagements);
        DuplicateIsolation duplicates = new DuplicateIsolation(api, ownerOf);
        for (String reader : READERS) {
            String org = Users.ALL.get(reader).org();
            comments.check(reader);
            owners.check(reader, engagements);
            owners.clearRules();
            duplicates.check(reader);
            InsightIsolation.check(api, reader);
            JsonNode list =
                    api.read(reader, REFERRALS + "?$filter=startswith(name,'" + marker + "')&$top=200&$count=true");
            list.get("value")
                    .forEach(r -> assertThat(r.get("organizationId").asString()).isEqualTo(org));
            for (var entry : ownerOf.entrySet()) {
                int expected = entry.getValue().equals(org) ? 200 : 404;
                assertThat(api.get(reader, REFERRALS + "/" + entry.getKey())
                                .expectBody(String.class)
                                .returnResult()
                                .getStatus()
                                .value())
                        .as("GET as %s", reader)
                        .isEqualTo(expected);
                assertThat(api.get(reader, REFERRALS + "/" + entry.getKey() + "/history")
                                .expectBody(String.class)
                                .returnResult()
                                .getStatus()
                                .value())
                        .as("history as %s", reader)
                        .isEqualTo(expected);
            }
            privateEngagements.forEach((e, owner) -> assertThat(api.engagement(reader, e))
                    .as("private engagement %s as %s", e, reader)
                    .hasSize(owner.equals(org) ? 1 : 0));
            // Partners never share with each other (the vendor does see the team of deals shared with it).
            if (!org.equals("microsoft")) {
                String otherPartner = org.equals("contoso") ? "@fabrikam-iso" : "@contoso-iso";
                api.read(reader, "/v1.0/contacts/recent")
                        .forEach(m -> assertThat(m.get("email").asString()).doesNotContain(otherPartner));
            }
        }
    }

    private static List<String> otherPartners(String org) {
        return PARTNER_USERS.stream()
                .map(u -> Users.ALL.get(u).org())
                .distinct()
                .filter(o -> !o.equals(org))
                .toList();
    }

    /** Gives each organization's employees recognisable addresses, to spot them in other orgs' answers. */
    private static String deal(String body, String org) {
        return body.replace("bob@contoso.example.com", "lead@" + org + "-iso.example");
    }
}
