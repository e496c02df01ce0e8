package com.cosell.frontend.events;

import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The session's fan-out of comment changes to its open comment panels, apart from referral changes:
 * a comment changes no referral, so lists and pages are not redrawn for one. Listeners are called on
 * the delivering thread; panels hop onto their UI.
 */
@Component
@VaadinSessionScope
public class CommentEvents {

    private final List<Consumer<CommentChange>> listeners = new CopyOnWriteArrayList<>();

    public Registration subscribe(Consumer<CommentChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(CommentChange change) {
        listeners.forEach(l -> l.accept(change));
    }
}
