package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TempFoldersTest {

    @Test
    void deletesAFolderWithEverythingBelowItAndLeavesItsNeighbours() throws Exception {
        Path parent = Files.createTempDirectory("cosell-temp-folders-");
        Path folder = Files.createDirectories(parent.resolve("stack/postgres/base"));
        Files.writeString(folder.resolve("1259"), "rows");
        Path logs = Files.createDirectories(parent.resolve("stack/logs"));
        Files.writeString(logs.resolve("backend.log"), "started");

        TempFolders.delete(parent.resolve("stack/postgres"));

        assertThat(parent.resolve("stack/postgres")).doesNotExist();
        assertThat(logs.resolve("backend.log")).hasContent("started");
        TempFolders.delete(parent);
        assertThat(parent).doesNotExist();
    }

    @Test
    void aFolderThatIsNotThereIsNothingToDo() {
        Path missing = Path.of(System.getProperty("java.io.tmpdir"), "cosell-never-made-" + System.nanoTime());
        TempFolders.delete(missing);
        assertThat(missing).doesNotExist();
    }
}
