package org.ecoreform.platform.persistence;

import java.util.Optional;
import org.ecoreform.platform.reference.Fingerprint;

/**
 * One piece of a service's reference work (a catalogue import, a plan's targets, a relinking), run
 * the one way every service runs it: {@link ReferenceLoads}.
 */
public interface ReferenceLoad {

    /** A short stable name, the key of its fingerprint and of its readiness entry, e.g. {@code catalogue}. */
    String name();

    /** The advisory lock replicas take turns on, so the work is done once when they start together. */
    long lockKey();

    /**
     * What the work reads, computed under the lock in the work's transaction: before the work, to
     * decide whether it is needed, and after it, to record (so what the work itself settles, such
     * as tasks left unlinked, does not call for it again).
     */
    Fingerprint inputs();

    /**
     * Does the work in the caller's transaction and answers what it did; empty when it cannot be
     * done yet (its fingerprint stays unrecorded, so it runs again on the next start or trigger).
     */
    Optional<?> load();
}
