package com.cosell.backend.structure;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module documentation, generated from the code: what each module owns (its package-info's
 * Javadoc, the one place that says it), whom it uses and who uses it (the byte code and imports), its
 * HTTP endpoints (the controllers' mappings) and the public types other modules may call.
 */
final class ModuleDocs {

    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|linkplain) ([^}]*)}");

    private ModuleDocs() {}

    /**
     * Each package's package-info Javadoc as one line of Markdown, by its name below the root (a
     * module, or a module's nested package such as {@code referral.query}); absent where there is none.
     */
    static Map<String, String> owns(Path sources, String root) throws IOException {
        Map<String, String> owns = new TreeMap<>();
        Path rootDir = sources.resolve(root.replace('.', '/'));
        try (var dirs = Files.walk(rootDir)) {
            for (Path dir : dirs.filter(Files::isDirectory)
                    .filter(d -> !d.equals(rootDir))
                    .toList()) {
                Path info = dir.resolve("package-info.java");
                Matcher doc = JAVADOC.matcher(Files.isRegularFile(info) ? Files.readString(info) : "");
                if (doc.find()) {
                    String text = doc.group(1)
                            .replaceAll("(?m)^\\s*\\*", " ")
                            .replaceAll("\\s+", " ")
                            .strip();
                    owns.put(
                            rootDir.relativize(dir).toString().replace('/', '.'),
                            INLINE_TAG.matcher(text).replaceAll("`$1`"));
                }
            }
        }
        return owns;
    }

    /** Modules that use nothing first, then each after what it uses; by name among equals. */
    static List<String> order(Map<String, Set<String>> uses) {
        Map<String, Integer> depth = new TreeMap<>();
        uses.keySet().forEach(m -> depth(m, uses, depth));
        return uses.keySet().stream()
                .sorted(Comparator.comparing((String m) -> depth.get(m)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static int depth(String module, Map<String, Set<String>> uses, Map<String, Integer> depth) {
        Integer known = depth.get(module);
        if (known != null) {
            return known;
        }
        depth.put(module, 0); // a cycle (failed by its own test) cannot recurse for ever
        int d = uses.getOrDefault(module, Set.of()).stream()
                .mapToInt(u -> depth(u, uses, depth) + 1)
                .max()
                .orElse(0);
        depth.put(module, d);
        return d;
    }

    /** The README's table: module, what it owns, whom it uses. */
    static String table(Map<String, Set<String>> uses, Map<String, String> owns) {
        var table = new StringBuilder("| module | owns | uses |\n|---|---|---|\n");
        for (String m : order(uses)) {
            table.append("| `")
                    .append(m)
                    .append("` | ")
                    .append(owns.getOrDefault(m, ""))
                    .append(" | ")
                    .append(names(uses.get(m)))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** docs/modules.md: each module in full, in the table's order. */
    static String details(Map<String, Set<String>> uses, Map<String, String> owns, JavaClasses classes, String root) {
        var doc = new StringBuilder("""
                # Backend modules

                Generated from the code by `ModuleStructureTest` (backend): do not edit; change the code (a
                module's `package-info.java` says what it owns) and run the test. The README has the picture.
                """);
        for (String m : order(uses)) {
            Set<String> usedBy = new TreeSet<>();
            uses.forEach((from, tos) -> {
                if (tos.contains(m)) {
                    usedBy.add(from);
                }
            });
            doc.append("\n## `")
                    .append(m)
                    .append("`\n\n")
                    .append(owns.getOrDefault(m, ""))
                    .append("\n\n")
                    .append("- uses: ")
                    .append(names(uses.get(m)))
                    .append('\n')
                    .append("- used by: ")
                    .append(names(usedBy))
                    .append('\n');
            List<String> endpoints = endpoints(classes, root + "." + m);
            if (!endpoints.isEmpty()) {
                doc.append("- HTTP: ").append(String.join(", ", endpoints)).append('\n');
            }
            List<String> api = classes.stream()
                    .filter(c -> c.getPackageName().equals(root + "." + m))
                    .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                    .map(JavaClass::getSimpleName)
                    .sorted()
                    .map(n -> "`" + n + "`")
                    .toList();
            doc.append("- public types: ")
                    .append(api.isEmpty() ? "—" : String.join(", ", api))
                    .append('\n');
            owns.forEach((pkg, text) -> {
                if (pkg.startsWith(m + ".")) {
                    doc.append("- internal `")
                            .append(pkg)
                            .append("`: ")
                            .append(text)
                            .append('\n');
                }
            });
        }
        return doc.toString();
    }

    /** The module's annotated endpoints, as {@code METHOD /path}. */
    private static List<String> endpoints(JavaClasses classes, String pkg) {
        List<String> endpoints = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!(c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + "."))
                    || !c.isAnnotatedWith(RestController.class)) {
                continue;
            }
            Class<?> type = c.reflect();
            RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            String prefix = base == null || base.path().length == 0 ? "" : base.path()[0];
            for (Method method : type.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping != null) {
                    String path = prefix + (mapping.path().length == 0 ? "" : mapping.path()[0]);
                    String verb = mapping.method().length == 0 ? "ANY" : mapping.method()[0].name();
                    endpoints.add("`" + verb + " " + path + "`");
                }
            }
        }
        return endpoints.stream()
                .distinct()
                .sorted(Comparator.comparing((String e) -> e.substring(e.indexOf(' ')))
                        .thenComparing(e -> e))
                .toList();
    }

    private static String names(Set<String> modules) {
        return modules == null || modules.isEmpty()
                ? "—"
                : String.join(", ", modules.stream().map(n -> "`" + n + "`").toList());
    }

    /**
     * Puts {@code content} between the two markers of {@code file} (or makes it the whole file when
     * {@code start} is null); answers whether the file changed.
     */
    static boolean refresh(Path file, String start, String end, String content) throws IOException {
        String text = Files.isRegularFile(file) ? Files.readString(file) : "";
        String updated;
        if (start == null) {
            updated = content;
        } else {
            int from = text.indexOf(start);
            int to = text.indexOf(end, from + 1);
            if (from < 0 || to < 0) {
                throw new IllegalStateException(file + " has no " + start + " … " + end + " block");
            }
            updated = text.substring(0, from + start.length()) + "\n" + content + text.substring(to);
        }
        if (updated.equals(text)) {
            return false;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, updated);
        return true;
    }
}
