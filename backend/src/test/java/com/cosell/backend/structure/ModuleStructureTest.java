package com.cosell.backend.structure;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The backend's module structure: each top-level package under {@code com.cosell.backend} is a
 * module. Who uses whom is documented from the code ({@link ModuleDocs}); the rules here keep what a
 * reader of one module may assume about the others.
 */
class ModuleStructureTest {

    static final String ROOT = "com.cosell.backend";
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void modulesFormNoCycle() {
        slices().matching(ROOT + ".(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(MAIN);
    }

    /**
     * The README's module table and picture and {@code docs/modules.md} are generated from the code:
     * when the code changed, they are rewritten and the test fails once, so the change is reviewed
     * and committed with the code.
     */
    @Test
    void theModuleDocumentationIsTheCodes() throws IOException {
        var uses = ModuleTable.actual(MAIN, ROOT, Path.of("src", "main", "java"));
        var owns = ModuleDocs.owns(Path.of("src", "main", "java"), ROOT);
        assertThat(uses.keySet())
                .as("modules whose package-info.java does not say (Javadoc) what they own")
                .allMatch(owns::containsKey);
        Path readme = Path.of("..", "README.md");
        boolean changed =
                ModuleDocs.refresh(readme, "<!-- modules -->", "<!-- /modules -->", ModuleDocs.table(uses, owns));
        changed |= ModuleDocs.refresh(
                readme, "<!-- modules picture -->", "<!-- /modules picture -->", ModuleTable.picture(uses) + "\n");
        changed |= ModuleDocs.refresh(
                Path.of("..", "docs", "modules.md"), null, null, ModuleDocs.details(uses, owns, MAIN, ROOT));
        assertThat(changed)
                .as("README.md's module table or picture, or docs/modules.md, did not match the code: "
                        + "they have been regenerated; review and commit them")
                .isFalse();
    }

    /**
     * The lifecycle and the OData translator are plain Java, testable without Spring or a database; the
     * lifecycle speaks the wire's stages (the api module's plain enums).
     */
    @Test
    void lifecycleAndODataAreFrameworkFree() {
        for (String pkg : List.of(ROOT + ".referral.domain..", ROOT + ".odata..")) {
            classes()
                    .that()
                    .resideInAPackage(pkg)
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage("java..", "org.jspecify..", "com.cosell.api.referral..", pkg)
                    .check(MAIN);
        }
    }

    /** A module's nested packages are its internals: other modules use only its root package. */
    @Test
    void nestedPackagesAreTheirModulesOwn() {
        for (JavaPackage module : MAIN.getPackage(ROOT).getSubpackages()) {
            for (JavaPackage nested : module.getSubpackages()) {
                noClasses()
                        .that()
                        .resideOutsideOfPackage(module.getName() + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(nested.getName() + "..")
                        .check(MAIN);
            }
        }
    }

    /** Controllers are entry points for HTTP only; other code calls the services behind them. */
    @Test
    void controllersArePackagePrivateAndUsedByNoOne() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .bePackagePrivate()
                .check(MAIN);
        noClasses()
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(RestController.class)
                .check(MAIN);
    }

    /** Blocking on an event-loop thread stalls every connection it serves. */
    @Test
    void nothingBlocksExceptAtStartUp() {
        noClasses()
                .should()
                .callMethodWhere(describe(
                        "block on a Mono or Flux outside SmartLifecycle.start()",
                        ModuleStructureTest::blocksOutsideStartUp))
                .check(MAIN);
    }

    private static boolean blocksOutsideStartUp(JavaMethodCall call) {
        boolean blocks = call.getName().startsWith("block")
                && (call.getTargetOwner().isAssignableTo(Mono.class)
                        || call.getTargetOwner().isAssignableTo(Flux.class));
        boolean atStartUp = call.getOrigin().getName().equals("start")
                && call.getOriginOwner().isAssignableTo(SmartLifecycle.class);
        return blocks && !atStartUp;
    }

    @Test
    void everyPackageIsNullMarked() {
        JavaPackage root = MAIN.getPackage(ROOT);
        var packages = Stream.concat(Stream.of(root), root.getSubpackagesInTree().stream());
        assertThat(packages.filter(p -> !p.isAnnotatedWith(NullMarked.class)).map(JavaPackage::getName))
                .as("packages without @NullMarked in their package-info.java")
                .isEmpty();
    }

    @Test
    void noMainSourceFileOver300Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            var tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > 300)
                    .map(Path::toString)
                    .toList();
            assertThat(tooLong).as("main source files over 300 lines").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
