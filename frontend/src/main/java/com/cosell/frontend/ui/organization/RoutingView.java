package com.cosell.frontend.ui.organization;

import com.cosell.api.catalogue.Solution;
import com.cosell.api.referral.Owner;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.backend.OwnersApi;
import com.cosell.frontend.backend.OwnersApi.RoutingRule;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The organization's routing rules, for its admin: new inbound referrals go by customer country (or
 * a region: several countries) and solution to an owner or, in turn, to a group. A rule is added with its precedence; a taken one is
 * refused at its field, and a rule that an earlier one always matches first is flagged.
 */
@Route("organization/routing")
@PermitAll
public class RoutingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser user;
    private final OwnersApi owners;
    private final BackendClient backend;
    private final Grid<RoutingRule> grid = new Grid<>();
    private final Paragraph error = new Paragraph();
    private final Paragraph warnings = new Paragraph();
    private final IntegerField precedence = new IntegerField();
    private final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    private final ComboBox<Solution> solution = new ComboBox<>();
    private final MultiSelectComboBox<Owner> people = new MultiSelectComboBox<>();

    RoutingView(CurrentUser user, OwnersApi owners, BackendClient backend) {
        this.user = user;
        this.owners = owners;
        this.backend = backend;
        setId("routing-view");
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        warnings.setId("routing-warnings");
        warnings.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!AdminPage.open(this, event, user, "routing", "routing.title")) {
            return;
        }
        precedence.setId("routing-precedence");
        precedence.setLabel(getTranslation("routing.precedence"));
        precedence.setMin(1);
        precedence.setStepButtonsVisible(true);
        countries.setId("routing-countries");
        countries.setLabel(getTranslation("routing.country"));
        countries.setPlaceholder(getTranslation("routing.any"));
        countries.setHelperText(getTranslation("routing.country.help"));
        countries.setItemLabelGenerator(this::countryLabel);
        Collator byName = Collator.getInstance(getLocale());
        countries.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(this::countryLabel, byName))
                .toList());
        solution.setId("routing-solution");
        solution.setLabel(getTranslation("routing.solution"));
        solution.setPlaceholder(getTranslation("routing.any"));
        solution.setItemLabelGenerator(Solution::name);
        solution.setClearButtonVisible(true);
        people.setId("routing-owners");
        people.setLabel(getTranslation("routing.owners"));
        people.setItemLabelGenerator(Owner::name);
        try {
            solution.setItems(backend.solutions(user.authentication()));
            people.setItems(owners.people(user.authentication()));
        } catch (BackendException e) {
            showError(e.getMessage());
        }
        Button add = new Button(getTranslation("routing.add"), e -> add());
        add.setId("routing-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(precedence, countries, solution, people, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        grid.setId("routing-rules");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RoutingRule::precedence)
                .setHeader(getTranslation("routing.precedence"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.countries().isEmpty()
                        ? getTranslation("routing.any")
                        : r.countries().stream().map(this::countryLabel).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("routing.country"));
        grid.addColumn(r -> r.solutionId() == null
                        ? getTranslation("routing.any")
                        : r.solutionName() == null ? r.solutionId() : r.solutionName())
                .setHeader(getTranslation("routing.solution"));
        grid.addColumn(r -> r.owners().stream().map(Owner::name).collect(Collectors.joining(", "))
                        + (r.owners().size() > 1 ? " (" + getTranslation("routing.in-turn") + ")" : ""))
                .setHeader(getTranslation("routing.owners"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.shadowedBy() == null ? "" : getTranslation("routing.shadowed"))
                .setKey("shadowed")
                .setHeader(getTranslation("routing.check"));
        grid.addComponentColumn(r -> {
                    Button delete = new Button(getTranslation("routing.delete"), e -> delete(r));
                    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    return delete;
                })
                .setKey("delete")
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(new Paragraph(getTranslation("routing.intro")), form, error, warnings, grid);
        refresh();
    }

    private void add() {
        List.<HasValidation>of(precedence, countries, solution, people).forEach(f -> f.setInvalid(false));
        error.setVisible(false);
        try {
            OwnersApi.Written written = owners.addRule(
                    user.authentication(),
                    precedence.getValue(),
                    countries.getValue().stream().sorted().toList(),
                    solution.getValue() == null
                            ? null
                            : solution.getValue().id().toString(),
                    people.getValue().stream().map(Owner::id).toList());
            warnings.setText(String.join(" ", written.warnings()));
            warnings.setVisible(!written.warnings().isEmpty());
            precedence.clear();
            countries.clear();
            solution.clear();
            people.clear();
            refresh();
        } catch (BackendException e) {
            showFieldErrors(e);
        }
    }

    /** Each refusal at its field; a taken precedence (409) at the precedence. */
    private void showFieldErrors(BackendException e) {
        Map<String, HasValidation> fields =
                Map.of("precedence", precedence, "countries", countries, "solutionId", solution, "owners", people);
        if (e.status() == 409) {
            precedence.setErrorMessage(e.getMessage());
            precedence.setInvalid(true);
            return;
        }
        boolean shown = false;
        for (FieldError f : e.fieldErrors()) {
            HasValidation field = fields.get(f.field().split("/")[0]);
            if (field != null) {
                field.setErrorMessage(f.message());
                field.setInvalid(true);
                shown = true;
            }
        }
        if (!shown) {
            showError(e.getMessage());
        }
    }

    private void delete(RoutingRule rule) {
        try {
            owners.deleteRule(user.authentication(), rule.id());
            refresh();
        } catch (BackendException e) {
            showError(e.getMessage());
        }
    }

    private void refresh() {
        try {
            List<RoutingRule> rules = owners.rules(user.authentication());
            grid.setItems(rules);
            grid.setVisible(!rules.isEmpty());
        } catch (BackendException e) {
            showError(e.getMessage());
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private String countryLabel(String code) {
        return Locale.of("", code).getDisplayCountry(getLocale()) + " (" + code + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("routing.title") + " · " + getTranslation("app.name");
    }
}
