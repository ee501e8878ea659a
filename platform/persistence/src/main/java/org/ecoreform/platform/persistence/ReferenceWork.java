package org.ecoreform.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.ecoreform.platform.change.Timestamps;

/** The transaction of one run of reference work: lock, compare fingerprints, work, record. */
@ApplicationScoped
public class ReferenceWork {

    /** What a run did: worked (with its report), skipped (inputs unchanged since), or deferred. */
    public record Outcome(String work, Kind kind, String report, String fingerprint) {

        public enum Kind {
            LOADED,
            UNCHANGED,
            DEFERRED
        }

        @Override
        public String toString() {
            return switch (kind) {
                case LOADED -> report + " (inputs " + fingerprint.substring(0, 12) + ")";
                case UNCHANGED -> "inputs unchanged (" + fingerprint.substring(0, 12) + "), nothing to do; " + report;
                case DEFERRED -> "not yet possible, runs again on the next trigger";
            };
        }
    }

    private final EntityManager em;
    private final Clock clock;

    public ReferenceWork(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public Outcome runIfChanged(ReferenceLoad load) {
        AdvisoryLocks.lockForTransaction(em, load.lockKey());
        String fingerprint = load.inputs().value();
        ReferenceFingerprint last = ReferenceFingerprint.findById(load.name());
        if (last != null && last.fingerprint.equals(fingerprint)) {
            return new Outcome(
                    load.name(),
                    Outcome.Kind.UNCHANGED,
                    "last run " + last.recordedAt + ": " + last.report,
                    fingerprint);
        }
        Optional<?> report = load.load();
        if (report.isEmpty()) {
            return new Outcome(load.name(), Outcome.Kind.DEFERRED, "", fingerprint);
        }
        ReferenceFingerprint recorded = last == null ? new ReferenceFingerprint() : last;
        recorded.work = load.name();
        recorded.fingerprint = load.inputs().value(); // as the work left them: what it settled counts as done
        recorded.recordedAt = Timestamps.now(clock);
        recorded.report = String.valueOf(report.get());
        if (last == null) {
            recorded.persist();
        }
        return new Outcome(load.name(), Outcome.Kind.LOADED, recorded.report, recorded.fingerprint);
    }
}
