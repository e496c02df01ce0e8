package com.cosell.bench.vaadin;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A CPU profile of another JVM over part of the bench, by async-profiler (Maven Central's jar carries
 * its Linux library), loaded into that JVM through the attach API. JFR samples only threads running
 * Java code, a few at a time; async-profiler samples every thread by the CPU time it spends, in the
 * kernel too, which is where much of a push's cost lies (the socket writes, the pool's wake-ups).
 * The output's form follows the file's name: {@code .html} a flame graph, {@code .collapsed} one
 * stack per line, {@code .jfr} JFR.
 */
final class CpuProfile implements AutoCloseable {

    private static final String LIBRARY = "linux-x64/libasyncProfiler.so";

    private final long pid;
    private final Path library;
    private final Path out;

    private CpuProfile(long pid, Path library, Path out) {
        this.pid = pid;
        this.library = library;
        this.out = out;
    }

    /**
     * Starts sampling {@code pid}; {@code options} are async-profiler's own (e.g. {@code event=itimer,threads},
     * where {@code threads} splits the stacks by thread).
     */
    static CpuProfile start(long pid, Path out, String options) throws Exception {
        Path library = Files.createTempFile("async-profiler-", ".so");
        try (InputStream in = CpuProfile.class.getClassLoader().getResourceAsStream(LIBRARY)) {
            if (in == null) {
                throw new IllegalStateException("no " + LIBRARY + " on the class path (async-profiler's jar)");
            }
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
        CpuProfile profile = new CpuProfile(pid, library, out.toAbsolutePath());
        profile.command("start," + options);
        System.out.println("Profiling pid " + pid + " (" + options + ") into " + profile.out);
        return profile;
    }

    @Override
    public void close() throws Exception {
        command("stop,file=" + out);
        Files.deleteIfExists(library);
        System.out.println("Wrote the profile " + out);
    }

    private void command(String command) throws IOException {
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
            try {
                vm.loadAgentPath(library.toString(), command);
            } finally {
                vm.detach();
            }
        } catch (Exception e) {
            throw new IOException("async-profiler could not " + command + " in pid " + pid, e);
        }
    }
}
