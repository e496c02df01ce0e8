package com.cosell.frontend.ui.cosell;

import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The referral grid in a narrow window (a phone, a split screen): it keeps the deal, its value and
 * stage; the customer moves under the deal's name instead of a column of its own.
 */
final class NarrowWindow {

    /** Columns a narrow window does without. */
    static final List<String> WIDE_ONLY = List.of("customer", "owner", "close", "type", "time-left", "updated");
    /** Below this window width the grid drops to its narrow columns. */
    static final int NARROW_PX = 900;

    private final ReferralGrid grid;
    private boolean narrow;
    private @Nullable Registration resize;

    /** Follows the browser window's width while {@code grid} is attached. */
    NarrowWindow(ReferralGrid grid) {
        this.grid = grid;
        grid.addAttachListener(e -> {
            Page page = e.getUI().getPage();
            page.retrieveExtendedClientDetails(d -> set(d.getWindowInnerWidth() < NARROW_PX));
            resize = page.addBrowserWindowResizeListener(r -> set(r.getWidth() < NARROW_PX));
        });
        grid.addDetachListener(e -> {
            if (resize != null) {
                resize.remove();
                resize = null;
            }
        });
    }

    void set(boolean narrow) {
        if (narrow == this.narrow) {
            return;
        }
        this.narrow = narrow;
        for (String key : WIDE_ONLY) {
            grid.getColumnByKey(key).setVisible(!narrow);
        }
        grid.setClassName("narrow", narrow);
        grid.recalculateColumnWidths();
    }
}
