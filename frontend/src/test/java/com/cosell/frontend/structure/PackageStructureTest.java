package com.cosell.frontend.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;

/**
 * The frontend's packages depend one way: views reach each other by address ({@code ui.Routes}),
 * shared form parts live in {@code ui.common}, and the plumbing (events, notifications, presence,
 * backend clients, security) knows nothing of the views.
 */
class PackageStructureTest {

    private static final String ROOT = "com.cosell.frontend";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noPackageCycles() {
        // Each package its own slice (ui and ui.cosell are two), so a view package importing another is seen.
        slices().matching(ROOT + ".(**)")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void featuresReachOtherFeaturesViewsByAddress() {
        // ui.layout, the shell around every view, names the views of its side navigation; nobody else does.
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".ui..")
                .and()
                .resideOutsideOfPackage(ROOT + ".ui.layout..")
                .should(new ArchCondition<JavaClass>("name another package's view") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            if (target.isAnnotatedWith(Route.class)
                                    && !target.getPackageName().equals(origin.getPackageName())) {
                                events.add(SimpleConditionEvent.satisfied(origin, d.getDescription()));
                            }
                        }
                    }
                })
                .because("views navigate by address (ui.Routes), so feature packages do not depend on each other")
                .check(CLASSES);
    }

    @Test
    void plumbingKnowsNoView() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        ROOT + ".backend..",
                        ROOT + ".events..",
                        ROOT + ".notifications..",
                        ROOT + ".presence..",
                        ROOT + ".security..",
                        ROOT + ".i18n..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".ui..")
                .check(CLASSES);
    }
}
