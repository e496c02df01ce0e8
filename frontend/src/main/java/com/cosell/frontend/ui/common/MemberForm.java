package com.cosell.frontend.ui.common;

import com.cosell.api.referral.Referral.Member;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One person: name, phone, email (a deal's employee or the customer's contact). */
public class MemberForm extends Composite<HorizontalLayout> {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,30}$");

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();

    public MemberForm(String idPrefix) {
        firstName.setLabel(getTranslation("person.first-name"));
        lastName.setLabel(getTranslation("person.last-name"));
        phone.setLabel(getTranslation("person.phone"));
        email.setLabel(getTranslation("person.email"));
        firstName.setId(idPrefix + "-first-name");
        lastName.setId(idPrefix + "-last-name");
        phone.setId(idPrefix + "-phone");
        email.setId(idPrefix + "-email");
        firstName.setMaxLength(100);
        lastName.setMaxLength(100);
        for (var field : List.of(firstName, lastName, phone)) {
            field.setRequiredIndicatorVisible(true);
        }
        email.setRequiredIndicatorVisible(true);
        HorizontalLayout row = getContent();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("member-form");
        row.add(firstName, lastName, phone, email);
    }

    public void setValue(@Nullable Member m) {
        firstName.setValue(m == null || m.firstName() == null ? "" : m.firstName());
        lastName.setValue(m == null || m.lastName() == null ? "" : m.lastName());
        phone.setValue(m == null || m.phoneNumber() == null ? "" : m.phoneNumber());
        email.setValue(m == null || m.email() == null ? "" : m.email());
    }

    /** Runs {@code listener} whenever the person typed into any of the fields. */
    public void onEdit(Runnable listener) {
        firstName.addValueChangeListener(e -> listener.run());
        lastName.addValueChangeListener(e -> listener.run());
        phone.addValueChangeListener(e -> listener.run());
        email.addValueChangeListener(e -> listener.run());
    }

    /** Whether this row holds the person with {@code email} (the same address in any case). */
    public boolean holds(@Nullable String address) {
        return address != null
                && address.strip().equalsIgnoreCase(email.getValue().strip());
    }

    public Member value() {
        return new Member(
                blankToNull(firstName.getValue()),
                blankToNull(lastName.getValue()),
                blankToNull(phone.getValue()),
                blankToNull(email.getValue()),
                null);
    }

    public boolean isEmpty() {
        return firstName.isEmpty() && lastName.isEmpty() && phone.isEmpty() && email.isEmpty();
    }

    /** Name, a phone number and an email address, each checked the way the backend checks them. */
    public boolean validate() {
        boolean ok = FieldErrors.required(firstName, firstName.getValue(), getTranslation("validation.required"));
        ok &= FieldErrors.required(lastName, lastName.getValue(), getTranslation("validation.required"));
        ok &= check(phone, PHONE.matcher(phone.getValue().strip()).matches(), "validation.phone");
        ok &= check(email, EMAIL.matcher(email.getValue().strip()).matches(), "validation.email");
        return ok;
    }

    /** {@code field} relative to the member, e.g. {@code email} of {@code team/0/email}. */
    public boolean showServerError(String field, String message) {
        HasValidation target = switch (field) {
            case "firstName" -> firstName;
            case "lastName" -> lastName;
            case "phoneNumber" -> phone;
            case "email" -> email;
            default -> firstName;
        };
        FieldErrors.show(target, message);
        return true;
    }

    private boolean check(HasValidation field, boolean ok, String key) {
        if (ok) {
            FieldErrors.clear(field);
        } else {
            FieldErrors.show(field, getTranslation(key));
        }
        return ok;
    }

    private static @Nullable String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
