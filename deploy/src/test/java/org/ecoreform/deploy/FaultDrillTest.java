package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ecoreform.deploy.faults.FaultDrill;
import org.junit.jupiter.api.Test;

/** The short version of deploy/faults/fault-drill.sh, on the system it shares with the browser test. */
class FaultDrillTest extends SharedSystemTest {

    @Test
    void noChangeIsLostOrAppliedTwiceThroughOutagesCrashesAndContention() throws Exception {
        FaultDrill.Report report = new FaultDrill(system)
                .run(new FaultDrill.Settings(90, Duration.ofSeconds(4), 30, 10, Duration.ofMinutes(2)));
        FaultDrill.print(report);

        assertThat(report.acknowledgedWrites()).isEqualTo(90);
        assertThat(report.serverErrors()).isZero();
        assertThat(report.lostChanges()).isZero();
        assertThat(report.duplicatedChanges()).isZero();
        assertThat(report.absentVersions())
                .as("every acknowledged version reaches the views, in order")
                .isZero();
        assertThat(report.gatewayWrites()).isEqualTo(30);
        assertThat(report.gatewayLost()).isZero();
        assertThat(report.viewsEqualRebuild()).isTrue();
        assertThat(report.servingWhileDownFailures()).isZero();
        assertThat(report.contentionSuccesses()).isEqualTo(10);
        assertThat(report.preconditionFailures())
                .as("writers that raced were refused, not merged")
                .isPositive();
        assertThat(report.historyComplete()).isTrue();
        assertThat(report.passed()).isTrue();
    }
}
