package com.cosell.frontend.ui.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.comment.Comment;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.events.CommentChange;
import com.cosell.frontend.events.CommentEvents;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.cosell.frontend.ui.detail.ReferralDetailView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The comments of a referral's page: the two channels apart, writing with mentions, one's own edits, live. */
class CommentsPanelTest extends ViewTestBase {

    private static final String ID = "00000000-0000-4000-8000-0000000000c1";
    private static final Comment.Person ALICE = new Comment.Person("u-alice", "Alice Kim", "contoso", "Contoso Ltd.");
    private static final Comment.Person MIA = new Comment.Person("u-mia", "Mia Park", "microsoft", "Microsoft");

    @Test
    void aSharedDealHasTwoSeparateTabsAndAPrivateOneOnlyTheInternalTab() {
        open(
                shared(),
                thread(
                        List.of(Comment.INTERNAL, Comment.PARTIES),
                        comment("c1", Comment.INTERNAL, "u-bob", "Bob Lee", "Our margin is thin"),
                        comment("c2", Comment.PARTIES, "u-mia", "Mia Park", "Customer meets Friday")));
        assertThat(find(Tab.class).id("comments-tab-internal").getLabel()).isEqualTo("Internal");
        assertThat(find(Tab.class).id("comments-tab-parties").getLabel()).isEqualTo("With Microsoft");
        assertThat(texts("comments-internal"))
                .contains("Our margin is thin")
                .doesNotContain("Customer meets Friday")
                .contains("Only people of Contoso Ltd. see these comments, always.");
        assertThat(texts("comments-parties")).contains("Customer meets Friday").doesNotContain("Our margin is thin");

        open(Fixtures.accepted(ID, "Private one", "Independent"), thread(List.of(Comment.INTERNAL)));
        assertThat(find(Tab.class).withId("comments-tab-parties").exists()).isFalse();
        assertThat(texts("comments-internal")).contains("No comments yet.");
    }

    @Test
    void theMentionHelperWritesTheNameAndTheMessageNotifiesWhoIsStillNamed() {
        when(comments.mentionable(any(), eq(ID), eq(Comment.PARTIES))).thenReturn(List.of(ALICE, MIA));
        open(shared(), thread(List.of(Comment.INTERNAL, Comment.PARTIES)));
        ComboBox<Comment.Person> helper =
                find(ComboBox.class).from(channel("parties")).single();
        TextArea text = find(TextArea.class).from(channel("parties")).single();
        test(text).setValue("Over to you");
        test(helper).selectItem("Mia Park (Microsoft)");
        assertThat(text.getValue()).isEqualTo("Over to you @Mia Park ");
        test(helper).selectItem("Alice Kim (Contoso Ltd.)");
        test(text).setValue(text.getValue().replace("@Alice Kim", "")); // changed their mind: no longer named
        test(find(Button.class).from(channel("parties")).withText("Send").single())
                .click();
        verify(comments).write(any(), eq(ID), eq(Comment.PARTIES), eq("Over to you @Mia Park  "), eq(List.of("u-mia")));
        assertThat(text.getValue()).isEmpty();
    }

    @Test
    void aBlankCommentOrARefusalIsShownAtTheTextAndNothingIsLost() {
        open(shared(), thread(List.of(Comment.INTERNAL)));
        TextArea text = find(TextArea.class).from(channel("internal")).single();
        Button send =
                find(Button.class).from(channel("internal")).withText("Send").single();
        test(send).click();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Write something first.");
        verify(comments, never()).write(any(), anyString(), anyString(), anyString(), any());

        when(comments.write(any(), eq(ID), eq(Comment.INTERNAL), eq("x"), any()))
                .thenThrow(new Refusal(
                        400,
                        "body: too long",
                        List.of(new FieldError("body", "is at most 4000 characters; this one has 4001.")),
                        List.of()));
        test(text).setValue("x");
        test(send).click();
        assertThat(text.getErrorMessage()).isEqualTo("is at most 4000 characters; this one has 4001.");
        assertThat(text.getValue()).isEqualTo("x");
    }

    @Test
    void onlyOnesOwnCommentsCanBeEditedOrDeletedAndTheThreadShowsTheTrace() {
        Comment mine = comment("c1", Comment.INTERNAL, "u-bob", "Bob Lee", "Draft price");
        Comment edited = new Comment(
                cid("c2"),
                Comment.INTERNAL,
                "u-alice",
                "Alice Kim",
                "contoso",
                "Contoso Ltd.",
                "Checked",
                List.of(),
                Instant.now(),
                Instant.now(),
                1,
                null,
                false);
        Comment gone = new Comment(
                cid("c3"),
                Comment.INTERNAL,
                "u-alice",
                "Alice Kim",
                "contoso",
                "Contoso Ltd.",
                null,
                List.of(),
                Instant.now(),
                null,
                0,
                Instant.now(),
                true);
        open(shared(), thread(List.of(Comment.INTERNAL), mine, edited, gone));
        assertThat(find(Button.class)
                        .from(find(Div.class).id("comment-" + cid("c1")))
                        .all())
                .extracting(Button::getText)
                .containsExactly("Edit", "Delete");
        assertThat(find(Button.class)
                        .from(find(Div.class).id("comment-" + cid("c2")))
                        .all())
                .isEmpty();
        assertThat(texts("comment-" + cid("c2"))).contains("(edited)");
        assertThat(texts("comment-" + cid("c3"))).contains("This comment was deleted.");

        test(find(Button.class)
                        .from(find(Div.class).id("comment-" + cid("c1")))
                        .withText("Edit")
                        .single())
                .click();
        test(find(TextArea.class)
                        .from(find(Div.class).id("comment-" + cid("c1")))
                        .single())
                .setValue("Final price");
        test(find(Button.class)
                        .from(find(Div.class).id("comment-" + cid("c1")))
                        .withText("Save")
                        .single())
                .click();
        verify(comments).edit(any(), eq(ID), eq(cid("c1")), eq("Final price"), isNull());

        test(find(Button.class)
                        .from(find(Div.class).id("comment-" + cid("c1")))
                        .withText("Delete")
                        .single())
                .click();
        test(find(ConfirmDialog.class).id("comment-delete-confirm")).confirm();
        verify(comments).delete(any(), eq(ID), eq(cid("c1")));
    }

    @Test
    void aCommentFromAnotherBrowserAppearsLive() {
        open(shared(), thread(List.of(Comment.INTERNAL, Comment.PARTIES)));
        when(comments.thread(any(), eq(ID)))
                .thenReturn(thread(
                        List.of(Comment.INTERNAL, Comment.PARTIES),
                        comment("c9", Comment.PARTIES, "u-mia", "Mia Park", "Signed today")));
        context.getBean(CommentEvents.class)
                .publish(new CommentChange(ID, Fixtures.engagement(ID), "comment-created", "u-mia", "Mia Park"));
        assertThat(texts("comments-parties")).contains("Signed today");
        // Another referral's comment changes nothing here.
        when(comments.thread(any(), eq(ID))).thenReturn(thread(List.of(Comment.INTERNAL)));
        context.getBean(CommentEvents.class).publish(new CommentChange("other", null, "comment-created", null, null));
        assertThat(find(Tab.class).withId("comments-tab-parties").exists()).isTrue();
    }

    @Test
    void koreanReadsKorean() {
        korean();
        open(shared(), thread(List.of(Comment.INTERNAL, Comment.PARTIES)));
        assertThat(find(Tab.class).id("comments-tab-internal").getLabel()).isEqualTo("내부");
        assertThat(find(Tab.class).id("comments-tab-parties").getLabel()).isEqualTo("Microsoft와(과)의 메시지");
        assertThat(visibleTexts()).noneMatch(t -> t.startsWith("comments."));
    }

    private void open(Referral r, Comment.Thread thread) {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.history(any(), anyString())).thenReturn(List.of());
        when(backend.referral(any(), eq(ID))).thenReturn(r);
        when(comments.thread(any(), eq(ID))).thenReturn(thread);
        navigate(ReferralDetailView.class, ID);
    }

    private String texts(String id) {
        if (id.startsWith("comments-")) {
            channel(id.substring("comments-".length()));
        }
        return find(com.vaadin.flow.component.Component.class)
                .id(id)
                .getElement()
                .getTextRecursively();
    }

    /** The channel's tab, selected: a tab sheet shows only the selected tab's content. */
    private com.vaadin.flow.component.Component channel(String channel) {
        find(Tabs.class).id("comments-tabs").setSelectedTab(find(Tab.class).id("comments-tab-" + channel));
        return find(CommentChannel.class).id("comments-" + channel);
    }

    private static Referral shared() {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode tree = json.valueToTree(Fixtures.accepted(ID, "Shared one", "Shared"));
        tree.putArray("relatedParties")
                .addObject()
                .put("organizationId", "microsoft")
                .put("organizationName", "Microsoft")
                .put("status", "Active")
                .put("substatus", "Accepted");
        return json.treeToValue(tree, Referral.class);
    }

    private static Comment.Thread thread(List<String> channels, Comment... value) {
        return new Comment.Thread(channels, List.of(value));
    }

    private static Comment comment(String id, String channel, String authorId, String author, String body) {
        String org = authorId.equals("u-mia") ? "Microsoft" : "Contoso Ltd.";
        return new Comment(
                cid(id),
                channel,
                authorId,
                author,
                org.equals("Microsoft") ? "microsoft" : "contoso",
                org,
                body,
                List.of(),
                Instant.now(),
                null,
                0,
                null,
                false);
    }

    /** A comment's id in these tests, from a short name. */
    private static UUID cid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
