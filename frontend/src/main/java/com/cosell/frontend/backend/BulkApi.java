package com.cosell.frontend.backend;

import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriBuilder;

/** CSV export and import ({@code …/export}, {@code …/import}) as the signed-in user. */
@Component
public class BulkApi {

    private static final String REFERRALS = "/v1.0/engagements/referrals";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    /** What a dry run says about each row. */
    public record ImportReport(int rows, int created, int updated, int unchanged, int failed, List<Row> results) {

        /** {@code action}: create, update, unchanged or error. */
        public record Row(
                int row,
                String action,
                @Nullable String referralId,
                @Nullable String name,
                List<String> changes,
                List<String> errors) {}
    }

    /** What an applied import did, and the CSV of its failed rows (with an error column). */
    public record ImportResult(int created, int updated, int unchanged, int failed, byte[] failedRows) {}

    private final BackendClient backend;

    BulkApi(BackendClient backend) {
        this.backend = backend;
    }

    /** Streams the CSV of the list this OData filter and order select into {@code out}, as the backend writes it. */
    public void exportReferrals(Authentication user, String filter, String orderBy, OutputStream out) {
        stream(
                user,
                b -> {
                    Map<String, Object> values = new HashMap<>();
                    b.path(REFERRALS + "/export")
                            .queryParam("$filter", "{filter}")
                            .queryParam("$orderby", "{orderby}");
                    values.put("filter", filter);
                    values.put("orderby", orderBy);
                    return b.build(values);
                },
                out);
    }

    public void exportRegistrations(Authentication user, OutputStream out) {
        stream(user, b -> b.path("/v1.0/registrations/export").build(), out);
    }

    public ImportReport dryRun(Authentication user, byte[] csv) {
        return backend.call(() -> backend.as(user)
                .build()
                .post()
                .uri(REFERRALS + "/import?mode=dryRun")
                .contentType(CSV)
                .body(csv)
                .retrieve()
                .body(ImportReport.class));
    }

    public ImportResult apply(Authentication user, byte[] csv) {
        ResponseEntity<byte[]> answer = backend.call(() -> backend.as(user)
                .build()
                .post()
                .uri(REFERRALS + "/import?mode=apply")
                .contentType(CSV)
                .body(csv)
                .retrieve()
                .toEntity(byte[].class));
        var h = answer.getHeaders();
        return new ImportResult(
                count(h.getFirst("Cosell-Import-Created")),
                count(h.getFirst("Cosell-Import-Updated")),
                count(h.getFirst("Cosell-Import-Unchanged")),
                count(h.getFirst("Cosell-Import-Failed")),
                answer.getBody() == null ? new byte[0] : answer.getBody());
    }

    private void stream(Authentication user, java.util.function.Function<UriBuilder, URI> uri, OutputStream out) {
        backend.call(() -> backend.as(user).build().get().uri(uri).exchange((request, response) -> {
            if (response.getStatusCode().isError()) { // read the problem, so the caller gets the backend's words
                throw new RestClientResponseException(
                        "export refused",
                        response.getStatusCode(),
                        response.getStatusText(),
                        response.getHeaders(),
                        response.getBody().readAllBytes(),
                        null);
            }
            response.getBody().transferTo(out);
            return Boolean.TRUE;
        }));
    }

    private static int count(@Nullable String header) {
        return header == null ? 0 : Integer.parseInt(header);
    }
}
