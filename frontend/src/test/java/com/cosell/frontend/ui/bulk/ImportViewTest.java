package com.cosell.frontend.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.frontend.backend.BulkApi.ImportReport;
import com.cosell.frontend.backend.BulkApi.ImportResult;
import com.cosell.frontend.backend.ReferralPage;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.cosell.frontend.ui.cosell.CoSellView;
import com.cosell.frontend.ui.registrations.RegistrationsView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.ElementRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The import page (dry run, apply off the UI thread, failed rows) and the lists' "Export CSV" links. */
class ImportViewTest extends ViewTestBase {

    private static final byte[] FILE = "CRM ID,Deal name\nA-1,Alpha\nA-2,\n".getBytes(StandardCharsets.UTF_8);
    private final ImportReport report = new ImportReport(
            3,
            1,
            1,
            0,
            1,
            List.of(
                    new ImportReport.Row(2, "create", null, "Alpha", List.of(), List.of()),
                    new ImportReport.Row(
                            3, "update", "r-1", "Beta", List.of("Deal value: 1.00 USD → 2.00 USD"), List.of()),
                    new ImportReport.Row(
                            4, "error", null, null, List.of(), List.of("Row 4, column 'Deal name': required"))));

    @BeforeEach
    void partner() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.referrals(any(), any())).thenReturn(new ReferralPage(0L, List.of(), null));
    }

    private ImportView open(java.util.concurrent.Executor executor) {
        ImportView view = navigate(ImportView.class);
        view.executor = executor;
        return view;
    }

    /** What the Upload's handler does with a file, without a multipart request. */
    private static void upload(ImportView view, byte[] bytes) throws Exception {
        var check = ImportView.class.getDeclaredMethod(
                "check", org.springframework.security.core.Authentication.class, com.vaadin.flow.component.UI.class);
        var file = ImportView.class.getDeclaredField("file");
        file.setAccessible(true);
        file.set(view, bytes);
        check.setAccessible(true);
        check.invoke(view, null, com.vaadin.flow.component.UI.getCurrent());
    }

    @Test
    void aDryRunShowsCountsAndTheRowsThenApplyOffersTheFailedRows() throws Exception {
        when(bulk.dryRun(any(), eq(FILE))).thenReturn(report);
        when(bulk.apply(any(), eq(FILE)))
                .thenReturn(new ImportResult(1, 1, 0, 1, "CRM ID,Deal name,error\n".getBytes()));
        ImportView view = open(Runnable::run);
        assertThat(find(Upload.class).id("import-upload").getMaxFiles()).isEqualTo(1);
        assertThat(shown("import-apply")).isFalse();

        upload(view, FILE);
        assertThat(find(Paragraph.class).id("import-summary").getText())
                .isEqualTo("3 rows: 1 to create, 1 to change, 0 unchanged, 1 with errors.");
        @SuppressWarnings("unchecked")
        Grid<ImportReport.Row> rows = find(Grid.class).id("import-rows");
        assertThat(test(rows).size()).isEqualTo(3);
        assertThat(test(rows).getCellText(2, 3)).contains("column 'Deal name'");
        assertThat(test(rows).getCellText(1, 1)).isEqualTo("Change");
        verify(bulk, never()).apply(any(), any());

        test(find(Button.class).id("import-apply")).click();
        assertThat(find(Paragraph.class).id("import-result").getText())
                .isEqualTo("Done: 1 created, 1 changed, 0 unchanged, 1 failed.");
        assertThat(find(Anchor.class).id("import-failed-rows").getHref()).isNotBlank();
        assertThat(shown("import-apply")).isFalse();
    }

    @Test
    void applyRunsOffTheUiThreadWithProgressAndTheBackendsRefusalIsShown() throws Exception {
        when(bulk.dryRun(any(), any())).thenReturn(report);
        AtomicReference<Runnable> pending = new AtomicReference<>();
        ImportView view = open(pending::set);
        upload(view, FILE);
        pending.getAndSet(null).run();
        when(bulk.apply(any(), any())).thenThrow(new Refusal(413, "The file has more than 10000 rows"));

        test(find(Button.class).id("import-apply")).click();
        assertThat(find(ProgressBar.class).id("import-progress").isVisible()).isTrue();
        assertThat(find(Button.class).id("import-apply").isEnabled()).isFalse(); // no second apply meanwhile
        pending.get().run();
        assertThat(shown("import-progress")).isFalse();
        assertThat(find(Paragraph.class).id("import-error").getText()).contains("more than 10000 rows");
    }

    @Test
    void sellersAndKoreanReaders() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        navigate(ImportView.class);
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("MPN admins and referral admins"));
        assertThat(find(Upload.class).all()).isEmpty();
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        korean();
        navigate(ImportView.class);
        assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText())
                .isEqualTo("CSV로 추천 가져오기");
    }

    @Test
    void exportDownloadsExactlyTheListShown() throws Exception {
        doAnswer(call -> {
                    call.<OutputStream>getArgument(3).write("\uFEFFReferral ID\r\n".getBytes(StandardCharsets.UTF_8));
                    return null;
                })
                .when(bulk)
                .exportReferrals(any(), any(), any(), any());
        navigate(CoSellView.class);
        find(com.vaadin.flow.component.tabs.Tabs.class)
                .single()
                .setSelectedTab(find(Tab.class).id("tab-outbound"));
        test(find(TextField.class).id("search")).setValue("O'Neil");

        byte[] body = download(find(Anchor.class).id("export-csv"));
        verify(bulk)
                .exportReferrals(
                        any(),
                        eq("direction eq 'Outgoing' and (contains(name,'O''Neil') or "
                                + "contains(customerProfile/name,'O''Neil'))"),
                        eq("updatedDateTime desc"),
                        any());
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFFReferral ID\r\n");
        assertThat(find(Button.class).id("import-csv").getText()).isEqualTo("Import CSV");
    }

    @Test
    void sellersExportTheirDealRegistrations() throws Exception {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        when(backend.registrations(any(), any())).thenReturn(List.of());
        navigate(RegistrationsView.class);
        download(find(Anchor.class).id("export-registrations"));
        verify(bulk).exportRegistrations(any(), any());
    }

    /** Whether a component with this id is on the page and visible (find() sees only visible ones). */
    private boolean shown(String id) {
        return find(com.vaadin.flow.component.Component.class).all().stream()
                .anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    /** Runs the anchor's download handler as a click on it would, into memory. */
    private static byte[] download(Anchor anchor) throws Exception {
        String href = anchor.getHref();
        ElementRequestHandler handler = VaadinSession.getCurrent()
                .getResourceRegistry()
                .getResource(URI.create(href))
                .map(r -> ((com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource) r)
                        .getElementRequestHandler())
                .orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var response = Mockito.mock(com.vaadin.flow.server.VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(out);
        var request = Mockito.mock(com.vaadin.flow.server.VaadinRequest.class);
        ((DownloadHandler) handler)
                .handleDownloadRequest(
                        new DownloadEvent(request, response, VaadinSession.getCurrent(), anchor.getElement()));
        return out.toByteArray();
    }
}
