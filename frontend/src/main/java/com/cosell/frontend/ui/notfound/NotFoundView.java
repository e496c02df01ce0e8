package com.cosell.frontend.ui.notfound;

import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.layout.MainLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Replaces Vaadin's bare "Could not navigate" page (which the access checker turned into the
 * servlet container's "HTTP ERROR 403") with a page in the app's frame and a way back. The status
 * stays 404, so links checkers and crawlers still see a missing page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        addClassName("not-found-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("not-found.title"));
        title.setId("not-found");
        RouterLink back = Routes.link(getTranslation("not-found.back"), Routes.LIST, QueryParameters.empty());
        back.setId("not-found-back");
        add(title, new Paragraph(getTranslation("not-found.text")), back);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title");
    }
}
