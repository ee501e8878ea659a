package org.ecoreform.measures.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecoreform.platform.outbox.OutboxEvent;
import org.ecoreform.platform.persistence.ReferenceFingerprint;
import org.ecoreform.platform.persistence.ReferenceLoad;
import org.ecoreform.platform.persistence.ReferenceLoads;
import org.ecoreform.platform.persistence.ReferenceWork;
import org.ecoreform.platform.reference.Fingerprint;
import org.junit.jupiter.api.Test;

/** Reference work runs only when what it reads changed, and a failure keeps the service not ready. */
@QuarkusTest
class ReferenceLoadsTest {

    @Inject
    ReferenceDataLoader catalogue;

    @Inject
    ReferenceWork work;

    @Inject
    ReferenceLoads references;

    /** A piece of work of the test's own: its input is a text the test sets; it counts its runs. */
    static final class CountingLoad implements ReferenceLoad {
        final String name = "test-" + UUID.randomUUID();
        final AtomicInteger runs = new AtomicInteger();
        String input = "first";
        RuntimeException failure;
        boolean possible = true;
        String settles;

        @Override
        public String name() {
            return name;
        }

        @Override
        public long lockKey() {
            return 42;
        }

        @Override
        public Fingerprint inputs() {
            return Fingerprint.of().text("input", input);
        }

        @Override
        public Optional<String> load() {
            if (failure != null) {
                throw failure;
            }
            if (!possible) {
                return Optional.empty();
            }
            String report = "run " + runs.incrementAndGet() + " read " + input;
            if (settles != null) {
                input = settles;
            }
            return Optional.of(report);
        }
    }

    @Test
    void theStartRecordedTheCatalogueInputsSoTheSameInputsSkipTheWork() {
        String fingerprint =
                QuarkusTransaction.requiringNew().call(() -> catalogue.inputs().value());
        ReferenceFingerprint recorded = QuarkusTransaction.requiringNew()
                .call(() -> ReferenceFingerprint.<ReferenceFingerprint>findById("catalogue"));
        assertThat(recorded.fingerprint).isEqualTo(fingerprint);
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());

        ReferenceWork.Outcome outcome = work.runIfChanged(catalogue);

        assertThat(outcome.kind()).isEqualTo(ReferenceWork.Outcome.Kind.UNCHANGED);
        assertThat(outcome.report()).isEqualTo("last run " + recorded.recordedAt + ": " + recorded.report);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count()))
                .isEqualTo(events);
    }

    @Test
    void workRunsAgainOnlyWhenItsInputsChange() {
        CountingLoad load = new CountingLoad();

        assertThat(work.runIfChanged(load).kind()).isEqualTo(ReferenceWork.Outcome.Kind.LOADED);
        assertThat(work.runIfChanged(load).kind()).isEqualTo(ReferenceWork.Outcome.Kind.UNCHANGED);
        load.input = "second";
        ReferenceWork.Outcome changed = work.runIfChanged(load);

        assertThat(changed.kind()).isEqualTo(ReferenceWork.Outcome.Kind.LOADED);
        assertThat(changed.report()).isEqualTo("run 2 read second");
        assertThat(load.runs).hasValue(2);
        ReferenceFingerprint recorded = QuarkusTransaction.requiringNew()
                .call(() -> ReferenceFingerprint.<ReferenceFingerprint>findById(load.name));
        assertThat(recorded.fingerprint).isEqualTo(load.inputs().value());
        assertThat(recorded.report).isEqualTo("run 2 read second");
    }

    @Test
    void whatTheWorkSettlesDoesNotCallForItAgain() {
        CountingLoad load = new CountingLoad();
        load.input = "3 tasks unlinked";
        load.settles = "0 tasks unlinked";

        assertThat(work.runIfChanged(load).kind()).isEqualTo(ReferenceWork.Outcome.Kind.LOADED);
        assertThat(work.runIfChanged(load).kind()).isEqualTo(ReferenceWork.Outcome.Kind.UNCHANGED);
        assertThat(load.runs).hasValue(1);
    }

    @Test
    void workNotYetPossibleRecordsNothingAndRunsOnTheNextTrigger() {
        CountingLoad load = new CountingLoad();
        load.possible = false;

        assertThat(work.runIfChanged(load).kind()).isEqualTo(ReferenceWork.Outcome.Kind.DEFERRED);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ReferenceFingerprint.<ReferenceFingerprint>findById(load.name)))
                .isNull();
        load.possible = true;
        assertThat(work.runIfChanged(load).kind()).isEqualTo(ReferenceWork.Outcome.Kind.LOADED);
    }

    @Test
    void aFailedRunKeepsTheServiceNotReadyNamingTheWorkUntilARunSucceeds() {
        CountingLoad load = new CountingLoad();
        load.failure = new IllegalStateException("document unreadable at line 7");

        references.run(load);

        given().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'reference-data' }.status", equalTo("DOWN"))
                .body(
                        "checks.find { it.name == 'reference-data' }.data.'" + load.name + "'",
                        equalTo("failed: document unreadable at line 7"));
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ReferenceFingerprint.<ReferenceFingerprint>findById(load.name)))
                .isNull();

        load.failure = null;
        references.run(load);

        given().get("/q/health/ready").then().body("checks.find { it.name == 'reference-data' }.status", equalTo("UP"));
        assertThat(load.runs).hasValue(1);
    }
}
