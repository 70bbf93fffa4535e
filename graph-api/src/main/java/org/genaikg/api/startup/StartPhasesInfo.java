package org.genaikg.api.startup;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info}'s {@code startup}: the server's start-up phases, as {@code kg bench-start} reads them. */
@Component
class StartPhasesInfo implements InfoContributor {
    private final StartPhases phases;

    StartPhasesInfo(StartPhases phases) {
        this.phases = phases;
    }

    @Override
    public void contribute(Info.Builder info) {
        info.withDetail("startup", phases.phases());
    }
}
