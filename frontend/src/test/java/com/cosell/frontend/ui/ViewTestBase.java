package com.cosell.frontend.ui;

import com.cosell.api.comment.Comment;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.CommentsApi;
import com.cosell.frontend.backend.EmailPreferencesApi;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.events.LocalReferralEvents;
import com.cosell.frontend.support.FrontendTestInitializer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Views without a browser, against a mocked backend whose answers each test sets. One shared
 * Spring context for every view test (same configuration here, so it is cached).
 */
@SpringBootTest
@ContextConfiguration(initializers = FrontendTestInitializer.class)
@WithMockUser("bob")
public abstract class ViewTestBase extends SpringBrowserlessTest {

    @MockitoBean
    protected BackendClient backend;

    /**
     * The other API clients, mocked here rather than in the tests that use them: every view test then
     * shares one Spring context (switching contexts and back left browserless navigation without a view).
     */
    @MockitoBean
    protected com.cosell.frontend.backend.WebhooksApi webhooks;

    @MockitoBean
    protected com.cosell.frontend.backend.BulkApi bulk;

    @MockitoBean
    protected EmailPreferencesApi mail;

    @MockitoBean
    protected CommentsApi comments;

    @MockitoBean
    protected com.cosell.frontend.backend.DuplicatesApi duplicates;

    @MockitoBean
    protected com.cosell.frontend.backend.PresenceApi presenceApi;

    @MockitoBean
    protected com.cosell.frontend.backend.OwnersApi owners;

    @MockitoBean
    protected com.cosell.frontend.backend.InsightsApi insightsApi;

    @Autowired
    protected ApplicationContext context;

    /** Every referral page shows its comments: an empty thread unless a test says otherwise. */
    @BeforeEach
    void emptyCommentThreads() {
        org.mockito.Mockito.when(
                        comments.thread(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
                .thenReturn(new Comment.Thread(List.of(Comment.INTERNAL), List.of()));
    }

    protected LocalReferralEvents events() {
        return context.getBean(LocalReferralEvents.class);
    }

    protected static void korean() {
        VaadinSession.getCurrent().setLocale(Locale.KOREAN);
        UI.getCurrent().setLocale(Locale.KOREAN);
    }

    /**
     * Every text, label, placeholder and title on the page, for checking what a user reads: from the
     * root of the current view's layout chain (under Vaadin 25 it is not a child of the UI's element)
     * and from what is attached to the UI itself (dialogs, notifications). Never empty on a page.
     */
    protected List<String> visibleTexts() {
        List<String> out = new ArrayList<>();
        com.vaadin.flow.component.Component root = (com.vaadin.flow.component.Component) getCurrentView();
        while (root.getParent().isPresent() && !(root.getParent().get() instanceof UI)) {
            root = root.getParent().get();
        }
        collect(root.getElement(), out);
        UI.getCurrent()
                .getChildren()
                .filter(c -> c.getElement() != null)
                .forEach(c -> collect(c.getElement(), out)); // overlays; the layout chain may appear again
        if (out.isEmpty()) {
            throw new AssertionError("no text found on the page: visibleTexts() would check nothing");
        }
        return out;
    }

    private static void collect(Element e, List<String> out) {
        if (e.isTextNode()) {
            out.add(e.getText());
        }
        for (String p : List.of("label", "placeholder", "helperText", "headerTitle", "title", "errorMessage")) {
            if (e.hasProperty(p) && e.getProperty(p) != null) {
                out.add(e.getProperty(p));
            }
            if (e.hasAttribute(p)) {
                out.add(e.getAttribute(p));
            }
        }
        e.getChildren().forEach(c -> collect(c, out));
    }

    protected String notificationText() {
        return find(Notification.class).all().stream()
                .map(n ->
                        n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .reduce("", String::concat);
    }

    /** What the client throws for a refused call. */
    public static final class Refusal extends BackendException {

        public Refusal(int status, String message) {
            super(status, message, null);
        }

        public Refusal(int status, String message, List<FieldError> errors, List<String> allowed) {
            super(status, message, errors, allowed, null);
        }
    }
}
