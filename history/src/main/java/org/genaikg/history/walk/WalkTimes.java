package org.genaikg.history.walk;

import java.time.Duration;

/** Where a walk's time went, summed over its revisions. */
public final class WalkTimes {
    private long reading;
    private long extracting;
    private long timing;
    private long patching;

    void add(long readNanos, long extractNanos, long timelineNanos, long patchNanos) {
        reading += readNanos;
        extracting += extractNanos;
        timing += timelineNanos;
        patching += patchNanos;
    }

    /** Listing each commit's pages and comparing them with the previous commit's. */
    public Duration reading() {
        return Duration.ofNanos(reading);
    }

    /** Extracting each revision's graph (page cache hits included). */
    public Duration extracting() {
        return Duration.ofNanos(extracting);
    }

    /** Keeping the stays of nodes, relations and evidences. */
    public Duration keepingStays() {
        return Duration.ofNanos(timing);
    }

    /** Working out and writing each revision's RDF patch. */
    public Duration writingPatches() {
        return Duration.ofNanos(patching);
    }
}
