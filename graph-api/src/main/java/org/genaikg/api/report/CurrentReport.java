package org.genaikg.api.report;

import org.genaikg.api.startup.StartPhases;
import org.genaikg.api.index.GraphSnapshotRefreshed;
import org.genaikg.api.index.GraphSnapshots;
import org.genaikg.api.index.PerSnapshot;
import org.genaikg.api.report.KnowledgeBaseReport.Report;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The report of the current snapshot (with the history's checks when there is a history), made once per snapshot, as soon as it is current. */
@Component
class CurrentReport {
    private final PerSnapshot<Report> report;

    CurrentReport(GraphSnapshots snapshots, StartPhases phases, HistoryChecks history) {
        this.report = new PerSnapshot<>(snapshots, snapshot -> phases.time("report",
                () -> KnowledgeBaseReport.of(snapshot).with(history.of(snapshot))));
    }

    @EventListener(GraphSnapshotRefreshed.class)
    void makeWhenRefreshed() {
        get();
    }

    Report get() {
        return report.get();
    }
}
