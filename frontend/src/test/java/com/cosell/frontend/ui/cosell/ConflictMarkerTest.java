package com.cosell.frontend.ui.cosell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.frontend.support.Fixtures;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vendor's list marks the copies another partner's deal on the same customer conflicts with; partners' lists never ask. */
class ConflictMarkerTest extends CoSellViewTestBase {

    @Test
    void theVendorSeesWhichRowsConflict() throws Exception {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        when(duplicates.conflicts(any(), anyList())).thenReturn(Map.of(R2, List.of()));
        navigate(CoSellView.class);

        assertThat(test(grid()).getLitRendererPropertyValue(0, "name", "conflict", Boolean.class))
                .isFalse();
        assertThat(test(grid()).getLitRendererPropertyValue(1, "name", "conflict", Boolean.class))
                .isTrue();
        // The marker's words are in the template, sent once, not in every row's data.
        assertThat(template(grid().getColumnByKey("name").getRenderer()))
                .contains("?hidden=\"${!item.conflict}\"")
                .contains("title=\"Another partner works the same customer\">Conflict</span>");
        assertThatThrownBy(() -> test(grid()).getLitRendererPropertyValue(1, "name", "conflictTitle", String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The template a Lit renderer sends the browser (Vaadin keeps its getter protected). */
    private static String template(Renderer<?> renderer) throws Exception {
        Method expression = LitRenderer.class.getDeclaredMethod("getTemplateExpression");
        expression.setAccessible(true);
        return (String) expression.invoke(renderer);
    }

    @Test
    void aPartnerNeverAsksAboutConflicts() {
        navigate(CoSellView.class);

        assertThat(test(grid()).getLitRendererPropertyValue(1, "name", "conflict", Boolean.class))
                .isFalse();
        verify(duplicates, never()).conflicts(any(), anyList());
    }
}
