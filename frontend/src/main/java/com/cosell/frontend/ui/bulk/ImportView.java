package com.cosell.frontend.ui.bulk;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.BulkApi;
import com.cosell.frontend.backend.BulkApi.ImportReport;
import com.cosell.frontend.backend.BulkApi.ImportResult;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.ui.common.UiAccess;
import com.cosell.frontend.ui.common.Workspace;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;

/**
 * Import referrals from CSV (partner admins): upload, a dry run that shows what each row would do
 * and every row's errors, then "Apply", which commits the valid rows and offers the failed ones as a
 * CSV to fix and upload again. The backend calls run off the UI thread; the page stays usable and
 * shows progress, and the answer arrives by push.
 */
@Route(Routes.IMPORT)
@PermitAll
public class ImportView extends VerticalLayout implements BeforeEnterObserver {

    /** The backend's default limit; it enforces its own, this only spares a pointless upload. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final CurrentUser user;
    private final BulkApi bulk;
    /** Where backend calls run; tests run them at once. */
    Executor executor = ForkJoinPool.commonPool();

    private final Paragraph summary = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Grid<ImportReport.Row> rows = new Grid<>();
    private final Button apply = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph result = new Paragraph();
    private final Anchor failedRows = new Anchor();
    private byte[] file = new byte[0];

    ImportView(CurrentUser user, BulkApi bulk) {
        this.user = user;
        this.bulk = bulk;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Workspace.openForm(
                event,
                user,
                this,
                "bulk.import.title",
                Roles::isPartnerAdmin,
                "bulk.import.partners-only",
                me -> build(),
                message -> {
                    Paragraph p = new Paragraph(message);
                    p.addClassName("error-text");
                    return p;
                });
    }

    private void build() {
        Authentication auth = user.authentication();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> UiAccess.run(ui, () -> {
            file = bytes;
            check(auth, ui);
        })));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_FILE_BYTES);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("bulk.import.drop")));

        summary.setId("import-summary");
        error.setId("import-error");
        error.addClassName("error-text");
        rows.setId("import-rows");
        rows.addColumn(ImportReport.Row::row)
                .setHeader(getTranslation("bulk.import.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(r -> getTranslation("bulk.import.action." + r.action()))
                .setHeader(getTranslation("bulk.import.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(r -> r.name() == null ? "" : r.name()).setHeader(getTranslation("bulk.import.name"));
        rows.addColumn(r -> String.join("; ", r.errors().isEmpty() ? r.changes() : r.errors()))
                .setHeader(getTranslation("bulk.import.details"))
                .setFlexGrow(3);
        rows.setPartNameGenerator(r -> r.errors().isEmpty() ? null : "import-row-error");
        rows.setAllRowsVisible(true);
        rows.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        apply.setId("import-apply");
        apply.setText(getTranslation("bulk.import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> commit(auth, ui));
        progress.setId("import-progress");
        progress.setIndeterminate(true);
        result.setId("import-result");
        failedRows.setId("import-failed-rows");
        failedRows.setText(getTranslation("bulk.import.failed-rows"));
        reset();
        add(
                new Paragraph(getTranslation("bulk.import.help")),
                upload,
                progress,
                error,
                summary,
                apply,
                rows,
                result,
                failedRows);
    }

    private void reset() {
        summary.setVisible(false);
        error.setVisible(false);
        rows.setVisible(false);
        apply.setVisible(false);
        progress.setVisible(false);
        result.setVisible(false);
        failedRows.setVisible(false);
    }

    /** The dry run: nothing changes; the grid lists every row that would change or has errors. */
    private void check(Authentication auth, UI ui) {
        reset();
        progress.setVisible(true);
        background(ui, () -> bulk.dryRun(auth, file), report -> {
            summary.setText(getTranslation(
                    "bulk.import.summary",
                    report.rows(),
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.failed()));
            summary.setVisible(true);
            rows.setItems(report.results().stream()
                    .filter(r -> !r.action().equals("unchanged"))
                    .toList());
            rows.setVisible(report.rows() > report.unchanged());
            apply.setVisible(report.created() + report.updated() > 0);
            apply.setEnabled(true);
        });
    }

    private void commit(Authentication auth, UI ui) {
        apply.setEnabled(false);
        progress.setVisible(true);
        background(ui, () -> bulk.apply(auth, file), (ImportResult done) -> {
            result.setText(getTranslation(
                    "bulk.import.done", done.created(), done.updated(), done.unchanged(), done.failed()));
            result.setVisible(true);
            apply.setVisible(false);
            if (done.failed() > 0) {
                failedRows.setHref(CsvExport.bytes("import-failed-rows.csv", done.failedRows()));
                failedRows.setVisible(true);
            }
        });
    }

    /** Runs a backend call off the UI thread and shows its answer (or its refusal) when it comes. */
    private <T> void background(UI ui, Supplier<T> call, Consumer<T> show) {
        CompletableFuture.supplyAsync(call, executor)
                .whenComplete((value, failure) -> UiAccess.run(ui, () -> {
                    progress.setVisible(false);
                    if (failure == null) {
                        show.accept(value);
                        return;
                    }
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    error.setText(
                            cause instanceof BackendException b
                                    ? b.getMessage()
                                    : getTranslation("bulk.import.failed"));
                    error.setVisible(true);
                    apply.setEnabled(true);
                }));
    }
}
