package com.cosell.frontend.ui.common;

import com.cosell.api.catalogue.Customer;
import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The customer: first the location, then the name with suggestions from the customer directory.
 * Several entities can share an address, so each suggestion shows its address and D-U-N-S number.
 */
public class CustomerPicker extends Composite<VerticalLayout> {

    final TextField city = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<Customer> name = new ComboBox<>();
    final Span summary = new Span();

    public CustomerPicker(BackendClient backend, CurrentUser user) {
        city.setId("customer-city");
        city.setLabel(getTranslation("customer.city"));
        country.setId("customer-country");
        country.setLabel(getTranslation("customer.country"));
        // By name in the user's language, and what was typed then Enter picks the first country it names
        Collator byName = Collator.getInstance(getLocale());
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(this::countryLabel, byName))
                .toList());
        country.setItemLabelGenerator(this::countryLabel);
        country.setAllowCustomValue(true);
        country.addCustomValueSetListener(e -> Arrays.stream(Locale.getISOCountries())
                .filter(code -> countryLabel(code)
                        .toLowerCase(getLocale())
                        .startsWith(e.getDetail().strip().toLowerCase(getLocale())))
                .min(Comparator.comparing(this::countryLabel, byName))
                .ifPresent(country::setValue));
        name.setId("customer-name");
        name.setLabel(getTranslation("customer.name"));
        name.setHelperText(getTranslation("customer.name.help"));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        name.setItemLabelGenerator(Customer::name);
        name.setItems(
                query -> suggestions(backend, user, query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
        name.setRenderer(new ComponentRenderer<>(CustomerPicker::suggestion));
        name.addValueChangeListener(e -> showSummary(e.getValue()));
        summary.setId("customer-summary");
        summary.addClassName("customer-summary");
        HorizontalLayout location = new HorizontalLayout(city, country);
        location.setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(location, name, summary);
    }

    private Stream<Customer> suggestions(
            BackendClient backend, CurrentUser user, String filter, int offset, int limit) {
        if (filter == null || filter.strip().length() < 2) {
            return Stream.empty();
        }
        try {
            List<Customer> found =
                    backend.customers(user.authentication(), filter.strip(), city.getValue(), country.getValue());
            return found.stream().skip(offset).limit(limit);
        } catch (BackendException e) {
            FieldErrors.show(name, e.getMessage());
            return Stream.empty();
        }
    }

    /** Name, then address and D-U-N-S: what tells apart entities at one location. */
    private static Div suggestion(Customer c) {
        Span title = new Span(c.name());
        title.addClassName("suggestion-name");
        Span detail = new Span(c.addressLine() + (c.duns() == null ? "" : " · D-U-N-S " + c.duns()));
        detail.addClassName("suggestion-detail");
        Div item = new Div(title, detail);
        item.addClassName("customer-suggestion");
        return item;
    }

    private void showSummary(@org.jspecify.annotations.Nullable Customer c) {
        summary.setText(
                c == null
                        ? ""
                        : c.addressLine()
                                + (c.duns() == null ? "" : " · " + getTranslation("customer.duns") + " " + c.duns()));
        if (c != null) {
            FieldErrors.clear(name);
        }
    }

    /** Called with each customer picked (null when the pick is cleared). */
    public void addPickListener(java.util.function.Consumer<@org.jspecify.annotations.Nullable Customer> listener) {
        name.addValueChangeListener(e -> listener.accept(e.getValue()));
    }

    public Optional<Customer> value() {
        return Optional.ofNullable(name.getValue());
    }

    public void setValue(Customer customer) {
        name.setValue(customer);
    }

    public boolean validate() {
        if (name.getValue() == null) {
            FieldErrors.show(name, getTranslation("validation.customer"));
            return false;
        }
        FieldErrors.clear(name);
        return true;
    }

    public void showServerError(String message) {
        FieldErrors.show(name, message);
    }

    /** The customer profile of a referral, with the contact when there is one. */
    public static CustomerProfile profile(Customer c, List<Referral.Member> contacts) {
        return new CustomerProfile(
                c.name(),
                c.size(),
                new CustomerProfile.Address(
                        c.addressLine1(),
                        c.addressLine2(),
                        c.city(),
                        c.state(),
                        c.postalCode(),
                        c.country(),
                        c.region()),
                c.duns() == null ? null : List.of(new CustomerProfile.CustomerId("Duns", c.duns())),
                contacts.isEmpty() ? null : contacts);
    }

    private String countryLabel(String code) {
        return Locale.of("", code).getDisplayCountry(getLocale()) + " (" + code + ")";
    }
}
