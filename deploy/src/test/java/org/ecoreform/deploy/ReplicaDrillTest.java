package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ecoreform.deploy.faults.ReplicaDrill;
import org.junit.jupiter.api.Test;

/** Two instances of one service against one database, on the system shared with the browser test and the fault drill. */
class ReplicaDrillTest extends SharedSystemTest {

    @Test
    void withTwoInstancesOnOneDatabaseEveryEventIsPublishedOnceAndInOrder() throws Exception {
        ReplicaDrill.Report report = new ReplicaDrill(system).run(6, 5, Duration.ofMinutes(1));
        ReplicaDrill.print(report);

        assertThat(report.acknowledgedWrites()).isEqualTo(30);
        assertThat(report.serverErrors()).isZero();
        assertThat(report.missing())
                .as("acknowledged versions absent from the topic")
                .isZero();
        assertThat(report.duplicated()).as("versions published twice").isZero();
        assertThat(report.outOfOrder())
                .as("versions after a later one of the same measure")
                .isZero();
        assertThat(report.eventsOnTopic()).isEqualTo(30);
        assertThat(report.passed()).isTrue();
    }
}
