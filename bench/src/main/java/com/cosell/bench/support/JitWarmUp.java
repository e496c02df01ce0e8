package com.cosell.bench.support;

import static com.cosell.bench.Report.log;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warms a workload until the JIT is quiet, not for a fixed count: after one round of the writes'
 * warm-up the C2 compiler still took 44 % of a core through the timed creates that followed (2.6 s of
 * its CPU in 6 s, 40 methods a second), on the two cores the API and PostgreSQL share.
 */
public final class JitWarmUp {

    /** A round of the workload to warm; it may throw (it loads data over JDBC). */
    @FunctionalInterface
    public interface Round {
        void run() throws Exception;
    }

    /** Quiet: the JIT compiled for less than this share of a round's time. */
    static final double QUIET = 0.05;

    private JitWarmUp() {}

    /**
     * Runs {@code round} until the JIT compiled for less than {@link #QUIET} of a round's time, at most
     * {@code maxRounds} times; logs each round's share.
     */
    public static void untilQuiet(String what, int maxRounds, Round round) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int i = 1; i <= maxRounds; i++) {
            long compiled = jit.getTotalCompilationTime();
            long t = System.nanoTime();
            round.run();
            double share = (jit.getTotalCompilationTime() - compiled) / ((System.nanoTime() - t) / 1e6);
            log(String.format("%s: warm-up round %d, the JIT compiled %.0f %% of the time", what, i, 100 * share));
            if (share < QUIET) {
                return;
            }
        }
        log(what + ": the JIT was still compiling after " + maxRounds + " warm-up rounds");
    }
}
