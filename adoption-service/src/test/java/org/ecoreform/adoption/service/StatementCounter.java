package org.ecoreform.adoption.service;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.concurrent.Callable;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread while a piece of work runs (the outbox relay and
 * the replica run on threads of their own, so what they read never counts).
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    /** The statements {@code work} prepared on this thread. */
    static int during(Callable<?> work) throws Exception {
        COUNT.set(new int[1]);
        try {
            work.call();
            return COUNT.get()[0];
        } finally {
            COUNT.remove();
        }
    }
}
