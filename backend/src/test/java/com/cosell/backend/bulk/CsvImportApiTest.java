package com.cosell.backend.bulk;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.bulk.csv.CsvReader;
import com.cosell.backend.support.Api;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** CSV import over HTTP: dry run and apply through the API's own rules, idempotence, bad files, limits, roles. */
class CsvImportApiTest extends ApiTestBase {

    static final String HEADER = "CRM ID,Referral ID,Deal name,Customer name,Customer city,Customer country,"
            + "Deal value,Estimated close date,Solution IDs,Employee first name,Employee last name,Employee email,"
            + "Employee phone,Notes\r\n";

    private WebTestClient.ResponseSpec upload(String user, String mode, byte[] body) {
        return client.post()
                .uri(REFERRALS + "/import?mode=" + mode)
                .headers(h -> h.setBearerAuth(Users.token(user)))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(body)
                .exchange();
    }

    private JsonNode dryRun(String user, String csv) {
        return Api.json(upload(user, "dryRun", csv.getBytes(StandardCharsets.UTF_8))
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    private WebTestClient.ResponseSpec apply(String user, String csv) {
        return upload(user, "apply", csv.getBytes(StandardCharsets.UTF_8))
                .expectStatus()
                .isOk();
    }

    private static String newDeal(String crm, String name, String closeDate) {
        return crm + ",," + name + ",Woodgrove Bank,Seoul,KR,\"12,500.00 USD\"," + closeDate + "," + Deals.AZURE
                + ",Bob,Lee,bob@contoso.example.com,+82 10 1234 5678,\"first line\nsecond, with \"\"quotes\"\"\"\r\n";
    }

    private JsonNode byCrm(String user, String crm) {
        return api.read(user, REFERRALS + "?$filter=externalReferenceId eq '" + crm + "'")
                .get("value");
    }

    private int historySize(String id) {
        return api.read("bob", REFERRALS + "/" + id + "/history").size();
    }

    @Test
    void aDryRunReportsEveryRowAndChangesNothingThenApplyCommitsTheValidRowsAndReturnsOnlyTheFailedOnes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonNode existing = api.create("bob", Deals.privateDeal("Existing " + tag));
        String id = existing.get("id").asString();
        int events = historySize(id);
        String file = HEADER
                + newDeal("NEW-" + tag, "Imported " + tag, Deals.closeDate().substring(0, 10))
                + ",%s,Existing %s renamed,,,,99000 EUR,,,,,,,\r\n".formatted(id, tag)
                + newDeal("BAD-" + tag, "Bad " + tag, "31/12/2027");

        JsonNode report = dryRun("bob", file);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("failed").asInt()).isEqualTo(1);
        JsonNode rows = report.get("results");
        assertThat(rows.get(0).get("action").asString()).isEqualTo("create");
        assertThat(rows.get(1).get("changes").toString())
                .contains("Deal name: Existing " + tag)
                .contains("Deal value: 125000.50 USD → 99000 EUR");
        assertThat(rows.get(2).get("row").asInt()).isEqualTo(4); // a line break inside a cell is not a new row
        assertThat(rows.get(2).get("errors").get(0).asString())
                .contains("Row 4, column 'Estimated close date'")
                .contains("31/12/2027");
        assertThat(byCrm("bob", "NEW-" + tag)).isEmpty();
        assertThat(api.read("bob", REFERRALS + "/" + id).get("name").asString()).isEqualTo("Existing " + tag);
        assertThat(historySize(id)).isEqualTo(events);

        byte[] result = apply("bob", file)
                .expectHeader()
                .valueEquals("Cosell-Import-Created", "1")
                .expectHeader()
                .valueEquals("Cosell-Import-Updated", "1")
                .expectHeader()
                .valueEquals("Cosell-Import-Failed", "1")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        CsvReader.Table failed = CsvReader.read(result, 100);
        assertThat(failed.header()).endsWith("Notes", "error");
        assertThat(failed.rows()).singleElement().satisfies(r -> {
            assertThat(r.cells().getFirst()).isEqualTo("BAD-" + tag);
            assertThat(r.cells().getLast()).contains("Estimated close date");
        });
        JsonNode created = byCrm("bob", "NEW-" + tag).get(0);
        assertThat(created.get("name").asString()).isEqualTo("Imported " + tag);
        assertThat(created.get("details").get("dealValue").decimalValue()).isEqualByComparingTo("12500");
        assertThat(created.get("details").get("notes").asString()).isEqualTo("first line\nsecond, with \"quotes\"");
        assertThat(created.get("status").asString()).isEqualTo("Active");
        JsonNode updated = api.read("bob", REFERRALS + "/" + id);
        assertThat(updated.get("name").asString()).isEqualTo("Existing " + tag + " renamed");
        assertThat(updated.get("details").get("currency").asString()).isEqualTo("EUR");
        int afterApply = historySize(id);
        assertThat(afterApply).isEqualTo(events + 1);

        JsonNode again = dryRun("bob", file);
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        apply("bob", file)
                .expectHeader()
                .valueEquals("Cosell-Import-Unchanged", "2")
                .expectHeader()
                .valueEquals("Cosell-Import-Created", "0");
        assertThat(byCrm("bob", "NEW-" + tag)).hasSize(1);
        assertThat(historySize(id)).isEqualTo(afterApply);
    }

    @Test
    void anExportImportedAgainChangesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        api.create("bob", Deals.privateDeal("Round " + tag + " =SUM(A1)"));
        api.create("bob", Deals.sharedDeal("Round " + tag + " shared", true));
        byte[] export = client.get()
                .uri(REFERRALS + "/export?$filter=contains(name,'Round " + tag + "')")
                .headers(h -> h.setBearerAuth(Users.token("bob")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        JsonNode report = Api.json(upload("bob", "dryRun", export)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(report.get("rows").asInt()).isEqualTo(2);
        assertThat(report.get("unchanged").asInt()).as(report.toString()).isEqualTo(2);
    }

    @Test
    void aRowCannotDoWhatTheApiRefusesAndFailsWhole() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonNode inbound = api.read(
                        "bob",
                        REFERRALS + "?$filter=engagementId eq "
                                + api.create("mia", Deals.sellerReferral("Inbound " + tag, "contoso"))
                                        .get("engagementId")
                                        .asString())
                .get("value")
                .get(0);
        String id = inbound.get("id").asString();
        int events = historySize(id);
        // Won straight from Received is not a move the lifecycle allows; the name in the same row must not stick.
        String file = "Referral ID,Deal name,Status,Substatus\r\n" + id + ",Renamed " + tag + ",Closed,Won\r\n";
        byte[] result = apply("bob", file)
                .expectHeader()
                .valueEquals("Cosell-Import-Failed", "1")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(new String(result, StandardCharsets.UTF_8))
                .contains("Row 2")
                .contains("Only an accepted referral can be won");
        JsonNode after = api.read("bob", REFERRALS + "/" + id);
        assertThat(after.get("name").asString()).isEqualTo("Inbound " + tag);
        assertThat(after.get("substatus").asString()).isEqualTo("Received");
        assertThat(historySize(id)).isEqualTo(events);

        String other = api.create("carol", Deals.privateDeal("Fabrikam " + tag))
                .get("id")
                .asString();
        JsonNode foreign = dryRun("bob", "Referral ID,Deal name\r\n" + other + ",Stolen\r\n");
        assertThat(foreign.get("results").get(0).get("errors").get(0).asString())
                .contains("no such referral");
    }

    @Test
    void badFilesAreProblemsThatSayWhatIsWrong() {
        problem(
                "bob",
                "dryRun",
                "CRM ID,Deal name\nM\u00fcller,x\n".getBytes(StandardCharsets.ISO_8859_1),
                400,
                "not UTF-8");
        problem("bob", "dryRun", new byte[] {'P', 'K', 3, 4, 0, 0, 9}, 400, "not a CSV file");
        problem("bob", "dryRun", bytes("Deal name,Notes\nx,y\n"), 400, "Missing required column");
        problem("bob", "dryRun", bytes("CRM ID,Deal name,Colour\nx,y,z\n"), 400, "Unknown column 'Colour'");
        problem("bob", "dryRun", bytes("CRM ID,Deal name\nx,\"open\n"), 400, "Row 2, column 2");
        problem("bob", "dryRun", bytes("CRM ID\n"), 400, "no rows");
        problem("bob", "sideways", bytes("CRM ID\nx\n"), 400, "mode");
        client.post()
                .uri(REFERRALS + "/import")
                .headers(h -> h.setBearerAuth(Users.token("bob")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(415);
        JsonNode cells = dryRun("bob", "CRM ID,Deal name,Deal value\nX-1,a,12 dollars\nX-1,b,\n");
        assertThat(cells.get("results").get(0).get("errors").get(0).asString())
                .contains("Row 2, column 'Deal value'")
                .contains("125000.50 USD");
        assertThat(cells.get("results").get(1).get("errors").toString()).contains("also on row 2");
    }

    @Test
    void limitsAreEnforcedWithAClearProblem() {
        StringBuilder many = new StringBuilder("CRM ID\n");
        for (int i = 0; i <= 10_000; i++) {
            many.append("L-").append(i).append('\n');
        }
        problem("bob", "dryRun", bytes(many.toString()), 413, "more than 10000 rows");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        problem("bob", "dryRun", big, 413, "larger than 10240 KB");
    }

    @Test
    void onlyPartnerWorkersImport() {
        upload("mia", "dryRun", bytes("CRM ID\nx\n")).expectStatus().isForbidden();
        upload("dave", "apply", bytes("CRM ID\nx\n")).expectStatus().isForbidden();
        client.post()
                .uri(REFERRALS + "/import")
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("CRM ID\nx\n")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private void problem(String user, String mode, byte[] body, int status, String detail) {
        upload(user, mode, body)
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, d -> assertThat(d).contains(detail));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
