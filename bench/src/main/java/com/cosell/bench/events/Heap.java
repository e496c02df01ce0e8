package com.cosell.bench.events;

import java.lang.management.ManagementFactory;

final class Heap {

    private Heap() {}

    /** Bytes of heap in use after three full collections: what the live objects hold. */
    static long afterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
