package com.cosell.frontend.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words in a Lit template stay words: neither markup nor a part of the template literal. */
class LitTemplatesTest {

    @Test
    void markupAndTheTemplateLiteralsSignsAreEscaped() {
        assertThat(LitTemplates.text("<b title=\"x\">'${item.name}'</b> `a` \\ & 충돌"))
                .isEqualTo(
                        "&lt;b title=&quot;x&quot;&gt;&#39;&#36;{item.name}&#39;&lt;/b&gt; &#96;a&#96; &#92; &amp; 충돌");
    }
}
