package com.cosell.backend.structure;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Who uses whom among the backend's modules, read from the code, and the picture of it. */
final class ModuleTable {

    private ModuleTable() {}

    /**
     * Each module (top-level package under root) and the other modules its classes depend on: in the
     * byte code, and in the source's imports, which also see the constants javac inlines.
     */
    static Map<String, Set<String>> actual(JavaClasses classes, String root, Path sources) throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        addImports(uses, root, sources);
        for (JavaClass c : classes) {
            String from = module(c, root);
            if (from == null) {
                continue;
            }
            Set<String> used = uses.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = module(d.getTargetClass().getBaseComponentType(), root);
                if (to != null && !to.equals(from)) {
                    used.add(to);
                }
            }
        }
        return uses;
    }

    private static void addImports(Map<String, Set<String>> uses, String root, Path sources) throws IOException {
        Pattern imported =
                Pattern.compile("^import (?:static )?" + Pattern.quote(root) + "\\.([a-z]+)\\.", Pattern.MULTILINE);
        Path rootDir = sources.resolve(root.replace('.', '/'));
        try (Stream<Path> files = Files.walk(rootDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = rootDir.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the root package itself
                }
                String from = relative.getName(0).toString();
                Set<String> used = uses.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = imported.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
    }

    /**
     * The README's picture: a Mermaid flowchart of who uses whom, without the arrows implied by a
     * longer path (the table lists every direct use), users above what they use.
     */
    static String picture(Map<String, Set<String>> uses) {
        var lines = new StringBuilder("```mermaid\nflowchart TD\n");
        uses.forEach((from, tos) -> tos.stream()
                .filter(to -> tos.stream().noneMatch(via -> !via.equals(to) && reaches(uses, via, to)))
                .forEach(to -> lines.append("    ")
                        .append(from)
                        .append(" --> ")
                        .append(to)
                        .append('\n')));
        return lines.append("```").toString();
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String to) {
        var seen = new TreeSet<String>();
        var todo = new ArrayDeque<>(uses.getOrDefault(from, Set.of()));
        while (!todo.isEmpty()) { // breadth first, so that a cycle (failed by its own test) cannot loop
            String next = todo.poll();
            if (next.equals(to)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(uses.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }

    /** The module a class belongs to, or null for classes outside it and in the root package itself. */
    private static @Nullable String module(JavaClass c, String root) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return null;
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
