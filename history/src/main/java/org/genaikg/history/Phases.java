package org.genaikg.history;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Times and peak heap of the phases of a run, one after the other. */
final class Phases {
    private final List<HistoryReport.Phase> phases = new ArrayList<>();
    private long start;

    void start() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        start = System.nanoTime();
    }

    void end(String name) {
        long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        phases.add(new HistoryReport.Phase(name, Duration.ofNanos(System.nanoTime() - start), peak));
    }

    List<HistoryReport.Phase> list() {
        return List.copyOf(phases);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
