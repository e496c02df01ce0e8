package com.cosell.frontend.ui.common;

import org.springframework.web.util.HtmlUtils;

/**
 * Fixed words in a Lit renderer's template. A grid sends its template once and every row's properties
 * with every row, in each page and each live change's push; words the same on every row belong in the
 * template.
 */
public final class LitTemplates {

    private LitTemplates() {}

    /**
     * {@code text} for the template's markup: HTML's special characters escaped, and the backtick,
     * dollar and backslash too, which the JavaScript template literal the template becomes would read.
     */
    public static String text(String text) {
        return HtmlUtils.htmlEscape(text)
                .replace("`", "&#96;")
                .replace("$", "&#36;")
                .replace("\\", "&#92;");
    }
}
