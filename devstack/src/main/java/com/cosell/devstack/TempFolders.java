package com.cosell.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removal of what tests and benches put under the temp folder (a database, a browser profile): each
 * run wrote about a gigabyte there and left it. Logs are kept by the callers, to read after a failure.
 */
public final class TempFolders {

    private TempFolders() {}

    /** Deletes {@code folder} and all below it; what cannot be deleted is left and named. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(TempFolders::deleteOne);
        } catch (IOException | UncheckedIOException e) {
            System.out.println("Could not delete all of " + folder + ": " + e.getMessage());
        }
    }

    private static void deleteOne(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
