package org.ecoreform.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Runs every service's reference work the same way: only when its inputs changed (their
 * {@link org.ecoreform.platform.reference.Fingerprint} differs from the one recorded by the last
 * run), once across replicas, logged with what it did. A run that fails rolls back, is logged with
 * its cause and keeps the service not ready until a
 * later run succeeds ({@link ReferenceReadiness}): a service without its reference data answers wrongly, so traffic should not
 * reach it, yet it stays up for its logs and health to be read.
 */
@ApplicationScoped
public class ReferenceLoads {

    private static final Logger LOG = Logger.getLogger(ReferenceLoads.class);

    private final ReferenceWork work;
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    public ReferenceLoads(ReferenceWork work) {
        this.work = work;
    }

    /** Runs the work if its inputs changed; never throws (a failure is logged and reported by readiness). */
    public void run(ReferenceLoad load) {
        try {
            ReferenceWork.Outcome outcome = work.runIfChanged(load);
            failures.remove(load.name());
            LOG.infof("Reference data %s: %s", load.name(), outcome);
        } catch (RuntimeException e) {
            failures.put(load.name(), String.valueOf(e.getMessage()));
            LOG.errorf(e, "Reference data %s could not be loaded; not ready until it is", load.name());
        }
    }

    /** The work whose last run failed, with the cause. */
    public Map<String, String> failures() {
        return Map.copyOf(failures);
    }
}
