package org.ecoreform.platform.persistence;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL advisory locks held until the current transaction ends: they serialise work that
 * replicas of a service must not do twice at once (loading reference data, relaying the outbox).
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {}

    /** Waits for the lock; released when the transaction commits or rolls back. */
    public static void lockForTransaction(EntityManager em, long key) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", key)
                .getSingleResult();
    }

    /** Takes the lock if it is free; false when another transaction holds it. */
    public static boolean tryLockForTransaction(EntityManager em, long key) {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", key)
                .getSingleResult());
    }
}
