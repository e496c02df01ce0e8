package com.cosell.frontend.ui.comment;

import com.cosell.api.comment.Comment;
import com.cosell.frontend.backend.BackendException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One channel's tab: what it is for and who reads it, its comments oldest first, and the box to
 * write one. The mention helper lists the people the channel may mention; choosing one writes
 * "@Name" into the text, and whoever is still named so when it is sent is notified.
 */
class CommentChannel extends VerticalLayout {

    static final int MAX_LENGTH = 4000;

    /** The panel's calls to the backend; a refusal comes back as the exception. */
    interface Writer extends CommentItem.Actions {
        void write(String channel, String body, List<String> mentions);
    }

    private final String channel;
    private final Writer writer;
    private final Div list = new Div();
    private final TextArea text = new TextArea();
    private final ComboBox<Comment.Person> mention = new ComboBox<>();
    private final Map<String, Comment.Person> mentioned = new LinkedHashMap<>();

    CommentChannel(String channel, String hint, String placeholder, Writer writer) {
        this.channel = channel;
        this.writer = writer;
        setPadding(false);
        addClassName("comment-channel");
        setId("comments-" + channel);
        Paragraph about = new Paragraph(hint);
        about.addClassName("comment-hint");
        list.addClassName("comment-list");
        text.setPlaceholder(placeholder);
        text.setAriaLabel(placeholder);
        text.setMaxLength(MAX_LENGTH);
        text.setWidthFull();
        text.addClassName("comment-text");
        text.setId("comment-text-" + channel);
        mention.setPlaceholder(getTranslation("comments.mention"));
        mention.setAriaLabel(getTranslation("comments.mention"));
        mention.addClassName("comment-mention");
        mention.setId("comment-mention-" + channel);
        mention.setItemLabelGenerator(p -> p.name() + " (" + p.organizationName() + ")");
        mention.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                mention(e.getValue());
            }
        });
        Button send = new Button(getTranslation("comments.send"), e -> send());
        send.addClassName("comment-send");
        send.setId("comment-send-" + channel);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(mention, send);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(about, list, text, tools);
    }

    void show(List<Comment> comments, @Nullable String meId) {
        list.removeAll();
        if (comments.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("comments.empty"));
            none.addClassName("comment-empty");
            list.add(none);
        }
        comments.forEach(c -> list.add(new CommentItem(c, meId, writer)));
    }

    void people(List<Comment.Person> people) {
        mention.setItems(people);
    }

    /** Adds "@Name" to the text and remembers whom it names. */
    void mention(Comment.Person person) {
        mentioned.put(person.id(), person);
        String current = text.getValue();
        text.setValue(current + (current.isEmpty() || current.endsWith(" ") ? "" : " ") + "@" + person.name() + " ");
        mention.clear();
        text.focus();
    }

    private void send() {
        String body = text.getValue();
        if (body.isBlank()) {
            refuse(getTranslation("comments.blank"));
            return;
        }
        List<String> ids = mentioned.values().stream()
                .filter(p -> body.contains("@" + p.name()))
                .map(Comment.Person::id)
                .toList();
        try {
            writer.write(channel, body, ids);
            text.clear();
            text.setInvalid(false);
            mentioned.clear();
        } catch (BackendException e) {
            refuse(
                    e.fieldErrors().isEmpty()
                            ? e.getMessage()
                            : e.fieldErrors().getFirst().message());
        }
    }

    private void refuse(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }
}
