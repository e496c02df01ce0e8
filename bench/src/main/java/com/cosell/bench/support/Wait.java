package com.cosell.bench.support;

import java.util.function.BooleanSupplier;

public final class Wait {

    private Wait() {}

    /** Polls every 0.2 ms (a latency bench cannot afford coarser); false if the time ran out. */
    public static boolean until(BooleanSupplier cond, long timeoutMs) {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!cond.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(0, 200_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
