package com.cosell.frontend.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The time zone of the browser the current UI runs in, which Vaadin receives with the page's first
 * request: partners and sellers work across time zones, and "last update 14:05" should be the
 * reader's 14:05. The server's zone only when the browser did not say.
 */
public final class BrowserZone {

    private BrowserZone() {}

    public static ZoneId current() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id != null && !id.isBlank()) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException unknown) {
                // an id this JDK does not know: the server's zone below
            }
        }
        return ZoneId.systemDefault();
    }
}
