package com.cosell.frontend.ui.comment;

import com.cosell.api.comment.Comment;
import com.cosell.frontend.ui.common.BrowserZone;
import com.cosell.frontend.ui.common.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/**
 * One comment: who wrote it and when, its text (always as text), an "edited" mark, or the
 * tombstone of a deleted one. Its author edits it in place or deletes it (after asking).
 */
class CommentItem extends Div {

    /** What the author's buttons do; the thread redraws itself after each. */
    interface Actions {
        void edit(Comment c, String body);

        void delete(Comment c);

        void redraw();
    }

    CommentItem(Comment c, @Nullable String meId, Actions actions) {
        addClassName("comment");
        setId("comment-" + c.id());
        Span author = new Span(c.authorName());
        author.addClassName("comment-author");
        Span org = new Span(c.organizationName());
        org.addClassName("comment-org");
        Span when = new Span(Formats.dateTime(c.createdAt(), getLocale(), BrowserZone.current()));
        when.addClassName("comment-time");
        Div head = new Div(author, org, when);
        head.addClassName("comment-head");
        if (c.editedAt() != null && !c.deleted()) {
            Span edited = new Span(getTranslation("comments.edited"));
            edited.addClassName("comment-edited");
            edited.getElement()
                    .setAttribute("title", Formats.dateTime(c.editedAt(), getLocale(), BrowserZone.current()));
            head.add(edited);
        }
        add(head);
        if (c.deleted()) {
            Span gone = new Span(getTranslation("comments.deleted"));
            gone.addClassName("comment-deleted");
            add(gone);
            return;
        }
        Div body = new Div();
        body.setText(c.body() == null ? "" : c.body()); // text, never markup
        body.addClassName("comment-body");
        add(body);
        if (meId != null && meId.equals(c.authorId())) {
            Button change = new Button(getTranslation("comments.edit"), e -> editing(c, actions));
            change.addClassName("comment-edit");
            Button remove = new Button(getTranslation("comments.delete"), e -> confirmDelete(c, actions));
            remove.addClassName("comment-delete");
            for (Button b : new Button[] {change, remove}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            }
            Div buttons = new Div(change, remove);
            buttons.addClassName("comment-actions");
            add(buttons);
        }
    }

    private void editing(Comment c, Actions actions) {
        TextArea text = new TextArea();
        text.setValue(c.body() == null ? "" : c.body());
        text.setMaxLength(CommentChannel.MAX_LENGTH);
        text.setWidthFull();
        text.addClassName("comment-edit-text");
        text.setAriaLabel(getTranslation("comments.edit"));
        Button save = new Button(getTranslation("comments.save"), e -> actions.edit(c, text.getValue()));
        save.addClassName("comment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> actions.redraw());
        cancel.addClassName("comment-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        removeAll();
        Div buttons = new Div(save, cancel);
        buttons.addClassName("comment-actions");
        add(text, buttons);
        text.focus();
    }

    private void confirmDelete(Comment c, Actions actions) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("comments.delete.header"),
                getTranslation("comments.delete.text"),
                getTranslation("comments.delete"),
                e -> actions.delete(c));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("comment-delete-confirm");
        confirm.open();
    }
}
