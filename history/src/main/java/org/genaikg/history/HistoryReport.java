package org.genaikg.history;

import java.time.Duration;
import java.util.List;
import org.genaikg.history.walk.WalkResult;
import org.genaikg.pipeline.BuildReport;

/**
 * What {@code kg history} did: the walk (last graph, history, where its time went), what the stores
 * were written, and the time and peak heap of each phase.
 */
public record HistoryReport(WalkResult walk, BuildReport written, List<Phase> phases) {

    /** One phase: its name, how long it took and the most heap it used (the sum of the heap pools' peaks, an upper bound). */
    public record Phase(String name, Duration time, long peakHeapBytes) {}
}
