package com.cosell.frontend.ui.cosell;

import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The referral grid by the browser window's width. Wide, every column. Below {@link #WIDE_PX} (a
 * laptop, the side menu open) the customer moves under the deal's name, which then has the room of
 * both; the other columns stay. In a narrow window (a phone, a split screen) the grid keeps only the
 * deal, its value and stage.
 */
final class WindowWidth {

    /** The grid's layouts, widest first. */
    enum Layout {
        WIDE,
        CUSTOMER_UNDER_NAME,
        NARROW
    }

    /** Columns a narrow window does without. */
    static final List<String> WIDE_ONLY = List.of("customer", "owner", "close", "type", "time-left", "updated");
    /** Below this window width the customer goes under the deal's name. */
    static final int WIDE_PX = 1600;
    /** Below this window width the grid drops to its narrow columns. */
    static final int NARROW_PX = 900;

    private final ReferralGrid grid;
    private Layout layout = Layout.WIDE;
    private @Nullable Registration resize;

    /** Follows the browser window's width while {@code grid} is attached. */
    WindowWidth(ReferralGrid grid) {
        this.grid = grid;
        grid.addAttachListener(e -> {
            Page page = e.getUI().getPage();
            page.retrieveExtendedClientDetails(d -> set(forWidth(d.getWindowInnerWidth())));
            resize = page.addBrowserWindowResizeListener(r -> set(forWidth(r.getWidth())));
        });
        grid.addDetachListener(e -> {
            if (resize != null) {
                resize.remove();
                resize = null;
            }
        });
    }

    static Layout forWidth(int px) {
        return px < NARROW_PX ? Layout.NARROW : px < WIDE_PX ? Layout.CUSTOMER_UNDER_NAME : Layout.WIDE;
    }

    void set(Layout layout) {
        if (layout == this.layout) {
            return;
        }
        this.layout = layout;
        for (String key : WIDE_ONLY) {
            grid.getColumnByKey(key)
                    .setVisible(
                            switch (layout) {
                                case WIDE -> true;
                                case CUSTOMER_UNDER_NAME -> !key.equals("customer");
                                case NARROW -> false;
                            });
        }
        grid.setClassName("narrow", layout == Layout.NARROW);
        grid.setClassName("customer-under-name", layout != Layout.WIDE);
        grid.recalculateColumnWidths();
    }
}
