package com.cosell.backend.bulk;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.bulk.csv.CsvReader;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/** The CSV export over HTTP: content, BOM, escaping, the list's filters and order, isolation, streaming. */
class CsvExportApiTest extends ApiTestBase {

    private byte[] export(String user, String query) {
        return client.get()
                .uri(REFERRALS + "/export" + query)
                .headers(h -> h.setBearerAuth(Users.token(user)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("text/csv;charset=UTF-8")
                .expectHeader()
                .value("Content-Disposition", v -> assertThat(v).startsWith("attachment; filename=\"referrals-"))
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
    }

    private static CsvReader.Table table(byte[] body) {
        return CsvReader.read(body, 1_000_000);
    }

    private static String cell(CsvReader.Table t, CsvReader.Row row, String column) {
        return row.cells().get(t.header().indexOf(column));
    }

    @Test
    void writesTheListAsAPersonReadsItWithABomAndFormulasEscaped() {
        String tag = "Export " + UUID.randomUUID().toString().substring(0, 8);
        String id = api.create("bob", Deals.privateDeal(tag + " 서울 migration"))
                .get("id")
                .asString();
        api.create("bob", Deals.privateDeal("=HYPERLINK(\\\"http://evil\\\") " + tag));

        byte[] body = export("bob", "?$filter=contains(name,'" + tag + "')&$orderby=name desc");
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("'=HYPERLINK(\"\"http://evil\"\")")
                .contains("서울")
                .contains("\r\n");

        CsvReader.Table t = table(body);
        assertThat(t.header()).startsWith("Referral ID", "Engagement ID", "Deal name", "Status", "Substatus");
        assertThat(t.header()).contains("Deal value", "Estimated close date", "CRM ID", "Customer name", "Created");
        assertThat(t.rows()).hasSize(2);
        CsvReader.Row first = t.rows().getFirst(); // name desc: the Korean one sorts after '='
        assertThat(cell(t, first, "Referral ID")).isEqualTo(id);
        assertThat(cell(t, first, "Deal name")).isEqualTo(tag + " 서울 migration");
        assertThat(cell(t, first, "Substatus")).isEqualTo("Accepted");
        assertThat(cell(t, first, "Sale type")).isEqualTo("Private");
        assertThat(cell(t, first, "Direction")).isEqualTo("Outbound");
        assertThat(cell(t, first, "Deal value")).isEqualTo("125000.50 USD");
        assertThat(cell(t, first, "Estimated close date"))
                .isEqualTo(Deals.closeDate().substring(0, 10));
        assertThat(cell(t, first, "Customer city")).isEqualTo("Seoul");
        assertThat(cell(t, first, "Solutions")).contains("Azure");
        assertThat(cell(t, first, "Created")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(cell(t, t.rows().get(1), "Deal name")).startsWith("'=HYPERLINK(");
    }

    @Test
    void exportsOnlyTheCallersOrganizationAndTheSameRowsAsTheListInItsOrder() {
        String tag = "Iso " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            api.create("bob", Deals.privateDeal(tag + " " + i));
        }
        api.create("bob", Deals.sharedDeal(tag + " shared", true));
        api.create("mia", Deals.sellerReferral(tag + " inbound", "contoso"));
        String filter = "?$filter=contains(name,'" + tag + "')";

        assertThat(table(export("carol", filter)).rows()).isEmpty();
        CsvReader.Table vendor = table(export("mia", filter));
        assertThat(vendor.rows())
                .extracting(r -> cell(vendor, r, "Deal name"))
                .containsExactlyInAnyOrder(tag + " shared", tag + " inbound")
                .doesNotContain(tag + " 0"); // bob's private deals never leave contoso

        String list = filter + " and direction eq 'Outgoing'&$orderby=name asc";
        CsvReader.Table t = table(export("bob", list));
        List<String> listed = api.read("bob", REFERRALS + list)
                .get("value")
                .valueStream()
                .map(r -> r.get("name").asString())
                .toList();
        assertThat(t.rows())
                .extracting(r -> cell(t, r, "Deal name"))
                .isEqualTo(listed)
                .hasSize(4);
    }

    @Test
    void aBadFilterIsAProblemAndARoleIsNeeded() {
        client.get()
                .uri(REFERRALS + "/export?$filter=nonsense eq 1")
                .headers(h -> h.setBearerAuth(Users.token("bob")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType("application/problem+json");
        client.get()
                .uri(REFERRALS + "/export")
                .headers(h -> h.setBearerAuth(Users.token("dave")))
                .exchange()
                .expectStatus()
                .isForbidden();
        client.get()
                .uri("/v1.0/registrations/export")
                .headers(h -> h.setBearerAuth(Users.token("bob")))
                .exchange()
                .expectStatus()
                .isForbidden();
        byte[] registrations = client.get()
                .uri("/v1.0/registrations/export")
                .headers(h -> h.setBearerAuth(Users.token("mia")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(table(registrations).header()).startsWith("Registration ID", "Referral ID", "Partner", "Status");
    }

    @Test
    void streamsManyRowsInBatchesWithoutLosingOrRepeatingOne() {
        String tag = "Many " + UUID.randomUUID().toString().substring(0, 8);
        String template = api.create("bob", Deals.privateDeal(tag)).get("id").asString();
        int copies = 1_300;
        db.sql("""
                INSERT INTO referral (id, engagement_id, organization_id, version, name, status, substatus, type,
                    direction, deal_value, currency, closing_at, customer_name, created_at, updated_at, doc)
                SELECT g.nid, g.eid, r.organization_id, 1, r.name || ' ' || lpad(g.n::text, 5, '0'), r.status,
                    r.substatus, r.type, r.direction, r.deal_value, r.currency, r.closing_at, r.customer_name,
                    r.created_at, r.updated_at,
                    jsonb_set(jsonb_set(jsonb_set(r.doc, '{id}', to_jsonb(g.nid::text)), '{engagementId}',
                        to_jsonb(g.eid::text)), '{name}', to_jsonb(r.name || ' ' || lpad(g.n::text, 5, '0')))
                FROM referral r, (SELECT gen_random_uuid() AS nid, gen_random_uuid() AS eid, n
                                  FROM generate_series(1, :n) n) g
                WHERE r.id = :id""")
                .bind("n", copies)
                .bind("id", UUID.fromString(template))
                .then()
                .block();

        try {
            List<DataBuffer> chunks = client.get()
                    .uri(REFERRALS + "/export?$filter=startswith(name,'" + tag + " ')&$orderby=name asc")
                    .headers(h -> h.setBearerAuth(Users.token("bob")))
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .returnResult(DataBuffer.class)
                    .getResponseBody()
                    .collectList()
                    .block();
            byte[] body = DataBufferUtils.join(reactor.core.publisher.Flux.fromIterable(chunks))
                    .map(b -> {
                        byte[] bytes = new byte[b.readableByteCount()];
                        b.read(bytes);
                        return bytes;
                    })
                    .block();
            CsvReader.Table t = table(body);
            assertThat(t.rows()).hasSize(copies);
            assertThat(t.rows())
                    .extracting(r -> cell(t, r, "Deal name"))
                    .isSorted()
                    .doesNotHaveDuplicates()
                    .endsWith(tag + " 01300");
            assertThat(t.rows().stream().map(r -> cell(t, r, "Referral ID")).distinct())
                    .hasSize(copies);
            assertThat(chunks).hasSizeGreaterThan(2); // written batch by batch, not as one body
        } finally { // the copies would swell other tests' unfiltered lists
            db.sql("DELETE FROM referral WHERE organization_id = 'contoso' AND name LIKE :p")
                    .bind("p", tag + " 0%")
                    .then()
                    .block();
        }
    }
}
