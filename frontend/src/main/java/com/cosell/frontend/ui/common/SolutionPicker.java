package com.cosell.frontend.ui.common;

import com.cosell.api.catalogue.Solution;
import com.cosell.api.referral.Referral.SolutionRef;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Solutions grouped as the seed lists them: the company's own, the vendor's, other partners'. */
public class SolutionPicker extends Composite<VerticalLayout> {

    private static final List<String> TYPES = List.of("Own", "Vendor", "Partner");

    private final Map<String, CheckboxGroup<Solution>> groups = new LinkedHashMap<>();
    private final Paragraph error = new Paragraph();

    public SolutionPicker(List<Solution> catalogue) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        for (String type : TYPES) {
            List<Solution> ofType =
                    catalogue.stream().filter(s -> type.equals(s.type())).toList();
            CheckboxGroup<Solution> group = new CheckboxGroup<>(getTranslation("solutions.group." + type));
            group.setId("solutions-" + type.toLowerCase());
            group.setItems(ofType);
            group.setItemLabelGenerator(s -> "Own".equals(type) || "Vendor".equals(type)
                    ? s.name()
                    : s.name() + " (" + s.organizationName() + ")");
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setVisible(!ofType.isEmpty());
            groups.put(type, group);
            root.add(group);
        }
        error.setId("solutions-error");
        error.addClassName("error-text");
        error.setVisible(false);
        root.add(error);
    }

    public void select(Collection<SolutionRef> chosen) {
        Set<UUID> ids = chosen.stream().map(SolutionRef::id).collect(Collectors.toSet());
        groups.values()
                .forEach(g -> g.setValue(g.getListDataView()
                        .getItems()
                        .filter(s -> ids.contains(s.id()))
                        .collect(Collectors.toSet())));
    }

    public List<Solution> selected() {
        List<Solution> all = new ArrayList<>();
        groups.values().forEach(g -> all.addAll(g.getSelectedItems()));
        return all;
    }

    public List<SolutionRef> refs() {
        return selected().stream()
                .map(s -> new SolutionRef(s.id(), s.name(), s.type()))
                .toList();
    }

    public boolean validate() {
        if (selected().isEmpty()) {
            showError(getTranslation("validation.solutions"));
            return false;
        }
        error.setVisible(false);
        return true;
    }

    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    public CheckboxGroup<Solution> group(String type) {
        return groups.get(type);
    }
}
