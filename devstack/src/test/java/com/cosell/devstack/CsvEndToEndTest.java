package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * CSV in a real browser: bob downloads the Outbound list he is looking at (searched) as a file, then
 * uploads a changed file on the Import page, reads the dry run, applies it and finds the change.
 */
class CsvEndToEndTest extends StackTest {

    private static String createDeal(String name) throws Exception {
        HttpResponse<String> r = Tokens.call(
                stack.settings(), "bob", "POST", "/v1.0/engagements/referrals", """
                {"name": "%s", "type": "Independent", "externalReferenceId": "CRM-%s",
                 "customerProfile": {"name": "Woodgrove Bank", "address": {"city": "Seoul", "country": "KR"}},
                 "details": {"dealValue": 125000.5, "currency": "USD", "closingDateTime": "2027-06-30T00:00:00Z",
                   "requirements": {"solutions": [{"id": "00000000-0000-4000-8000-000000000101"}]}},
                 "team": [{"firstName": "Bob", "lastName": "Lee", "phoneNumber": "+82 10 1234 5678",
                   "email": "bob@contoso.example.com"}]}""".formatted(name, UUID.randomUUID()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Matcher m = ID.matcher(r.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void downloadsTheListShownAndImportsAChangedFile() throws Exception {
        String tag = "Csv " + UUID.randomUUID().toString().substring(0, 6);
        String first = createDeal(tag + " 서울 one");
        createDeal(tag + " two");
        try (Browser bob = new Browser("en-US")) {
            bob.signInAt(url("/?tab=outbound&q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8)), "bob");
            bob.awaitText(By.id("referral-count"), "2 referrals", Duration.ofSeconds(20));
            bob.click("export-csv");
            Path file = bob.awaitDownload(".csv", Duration.ofSeconds(20));
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            List<String> lines = List.of(
                    new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
            assertThat(lines.getFirst()).startsWith("Referral ID,Engagement ID,Deal name,Status,Substatus");
            assertThat(lines).hasSize(3);
            assertThat(lines.subList(1, 3))
                    .allMatch(l -> l.contains(tag))
                    .anyMatch(l -> l.contains("서울"))
                    .allMatch(l -> l.contains("125000.50 USD"));

            Path upload = Files.createTempFile("cosell-import-", ".csv");
            upload.toFile().deleteOnExit();
            Files.writeString(
                    upload,
                    "Referral ID,Deal name\r\n" + first + "," + tag + " renamed\r\n" + UUID.randomUUID()
                            + ",Nobody's\r\n",
                    StandardCharsets.UTF_8);
            bob.click("import-csv");
            var upload1 = bob.await(By.id("import-upload"));
            upload1.getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(upload.toAbsolutePath().toString());
            bob.awaitText(
                    By.id("import-summary"),
                    "2 rows: 0 to create, 1 to change, 0 unchanged, 1 with errors.",
                    Duration.ofSeconds(20));
            assertThat(bob.await(By.id("import-rows")).getText()).contains("no such referral");
            bob.screenshot("import-dry-run-bob");
            bob.click("import-apply");
            bob.awaitText(
                    By.id("import-result"),
                    "Done: 0 created, 1 changed, 0 unchanged, 1 failed.",
                    Duration.ofSeconds(20));
            bob.await(By.id("import-failed-rows"));
        }
        HttpResponse<String> after =
                Tokens.call(stack.settings(), "bob", "GET", "/v1.0/engagements/referrals/" + first, null);
        assertThat(after.body()).contains(tag + " renamed");
    }
}
