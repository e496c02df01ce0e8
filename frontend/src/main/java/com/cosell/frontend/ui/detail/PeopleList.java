package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Referral.Member;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** People (the team, or the customer's contacts): avatars, then name, phone and email as text. */
class PeopleList extends Div {

    PeopleList(String id, String titleKey, List<Member> people) {
        setId(id);
        addClassName("detail-section");
        add(new H3(getTranslation(titleKey)));
        if (people.isEmpty()) {
            add(new Span(getTranslation("detail.none")));
            return;
        }
        AvatarGroup avatars = new AvatarGroup();
        people.forEach(m -> avatars.add(new AvatarGroup.AvatarGroupItem(m.fullName())));
        avatars.setMaxItemsVisible(6);
        avatars.getElement().setAttribute("role", "group"); // labelled by the web component, which sets no role
        // A team, not a presence indicator: the default "Currently 2 active users" would say otherwise.
        avatars.setI18n(new AvatarGroup.AvatarGroupI18n()
                .setAnonymous(getTranslation("avatars.anonymous"))
                .setOneActiveUser(getTranslation("avatars.people.one"))
                .setManyActiveUsers(getTranslation("avatars.people.many")));
        UnorderedList list = new UnorderedList();
        for (Member m : people) {
            list.add(new ListItem(m.fullName() + " · " + (m.phoneNumber() == null ? "" : m.phoneNumber()) + " · "
                    + (m.email() == null ? "" : m.email())));
        }
        add(avatars, list);
    }
}
