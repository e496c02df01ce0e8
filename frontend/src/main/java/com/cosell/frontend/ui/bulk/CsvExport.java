package com.cosell.frontend.ui.bulk;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.BulkApi;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;

/**
 * "Export CSV" links. The file is the backend's export streamed through as it arrives, so a list of
 * any length is never held in the frontend's memory.
 */
public final class CsvExport {

    /** What the list shows at the moment of the click: its OData filter and order. */
    public record ListQuery(String filter, String orderBy) {}

    private CsvExport() {}

    /** The referral list exactly as shown (tab, stage, search, sort). */
    public static Anchor referrals(Component i18n, BulkApi bulk, Authentication user, Supplier<ListQuery> query) {
        return link(i18n, "export-csv", "referrals", out -> {
            ListQuery q = query.get();
            bulk.exportReferrals(user, q.filter(), q.orderBy(), out);
        });
    }

    /** A seller's deal registrations. */
    public static Anchor registrations(Component i18n, BulkApi bulk, Authentication user) {
        return link(i18n, "export-registrations", "registrations", out -> bulk.exportRegistrations(user, out));
    }

    private interface Writer {
        void write(OutputStream out);
    }

    private static Anchor link(Component i18n, String id, String name, Writer writer) {
        String failed = i18n.getTranslation("bulk.export.failed");
        Anchor anchor = new Anchor(
                (DownloadEvent event) -> {
                    event.setFileName(name + "-" + LocalDate.now() + ".csv");
                    event.setContentType("text/csv;charset=UTF-8");
                    try (OutputStream out = event.getOutputStream()) {
                        writer.write(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (BackendException e) {
                        event.getUI()
                                .access(() -> Notification.show(failed + " " + e.getMessage())
                                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
                    }
                },
                "");
        anchor.setId(id);
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(i18n.getTranslation("bulk.export"));
        anchor.addClassName("export-link");
        return anchor;
    }

    /** For the types a download handler must be: kept here so the views need not import streams. */
    static DownloadHandler bytes(String fileName, byte[] content) {
        return DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                new java.io.ByteArrayInputStream(content), fileName, "text/csv;charset=UTF-8", content.length));
    }
}
