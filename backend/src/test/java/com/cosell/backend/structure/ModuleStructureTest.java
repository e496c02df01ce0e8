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
 * module. The graph of who may use whom is the README's module table ({@link ModuleTable}); the rules
 * here keep what a reader of one module may assume about the others.
 */
class ModuleStructureTest {

    static final String ROOT = "com.cosell.backend";
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void modulesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(MAIN);
    }

    @Test
    void modulesUseOnlyWhatTheReadmeTableAllows() throws IOException {
        var declared = ModuleTable.read(Path.of("..", "README.md"));
        var actual = ModuleTable.actual(MAIN, ROOT, Path.of("src", "main", "java"));
        assertThat(declared.keySet()).as("every backend package has a row in the README's module table")
                .containsExactlyInAnyOrderElementsOf(actual.keySet());
        assertThat(declared).as("README's module table (module -> uses) against the code").isEqualTo(actual);
    }

    /** The picture is drawn from the code; on a change, paste the block this test prints. */
    @Test
    void theReadmePictureIsTheCodesGraph() throws IOException {
        var drawn = ModuleTable.picture(ModuleTable.actual(MAIN, ROOT, Path.of("src", "main", "java")));
        assertThat(ModuleTable.picture(Path.of("..", "README.md")))
                .as("the Mermaid block after <!-- modules picture --> in README.md; it should read:%n%s%n", drawn)
                .isEqualTo(drawn);
    }

    /**
     * The lifecycle and the OData translator are plain Java, testable without Spring or a database; the
     * lifecycle speaks the wire's stages (the api module's plain enums).
     */
    @Test
    void lifecycleAndODataAreFrameworkFree() {
        for (String pkg : List.of(ROOT + ".referral.domain..", ROOT + ".odata..")) {
            classes().that().resideInAPackage(pkg)
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..",
                            "com.cosell.api.referral..", pkg)
                    .check(MAIN);
        }
    }

    /** Controllers are entry points for HTTP only; other code calls the services behind them. */
    @Test
    void controllersArePackagePrivateAndUsedByNoOne() {
        classes().that().areAnnotatedWith(RestController.class).should().bePackagePrivate().check(MAIN);
        noClasses().should().dependOnClassesThat().areAnnotatedWith(RestController.class).check(MAIN);
    }

    /** Blocking on an event-loop thread stalls every connection it serves. */
    @Test
    void nothingBlocksExceptAtStartUp() {
        noClasses().should().callMethodWhere(describe(
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
