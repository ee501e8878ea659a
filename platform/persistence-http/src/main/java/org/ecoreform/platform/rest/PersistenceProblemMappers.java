package org.ecoreform.platform.rest;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problem+json for the database's own verdicts on concurrent writes, and for the database being away. */
public class PersistenceProblemMappers {

    /** A database restart or failover takes seconds: clients are told to come back, not that the service broke. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(PersistenceProblemMappers.class);

    /** Another writer committed first between our read and our write: the If-Match is now stale. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response mapLostRace(RuntimeException e) {
        return ProblemResponses.of(Problem.of(
                ProblemKind.PRECONDITION_FAILED,
                "the resource was changed by another request at the same time; read it again and reapply your change"));
    }

    @ServerExceptionMapper
    public Response mapUniqueness(ConstraintViolationException e) {
        return ProblemResponses.of(
                Problem.of(ProblemKind.CONFLICT, "the request conflicts with data written concurrently; retry it"));
    }

    /**
     * The database is away (restarting, failing over, unreachable): the connection was refused or cut
     * (SQLSTATE class 08, or 57P01–57P03: shut down, crashed, starting). The transaction did not commit,
     * so nothing of the request was written; the pool reconnects by itself once the database is back.
     * Any other JDBC failure is unexpected.
     */
    @ServerExceptionMapper
    public Response mapJdbcFailure(JDBCException e) {
        if (!databaseAway(e.getSQLState())) {
            return ProblemResponses.incident(e);
        }
        LOG.warnf("Database unavailable (SQLSTATE %s): %s", e.getSQLState(), e.getMessage());
        return unavailable("the database cannot be reached at the moment; nothing was changed, retry in a few seconds");
    }

    /**
     * The database went away during the commit itself (a restart cut the connection as the transaction
     * committed): the transaction manager reports a {@link RollbackException}, which ArC wraps because it is
     * checked. Whether the commit took effect before the cut cannot be known from here, so the answer says so;
     * a retry with the same If-Match or Idempotency-Key cannot apply the change twice.
     */
    @ServerExceptionMapper
    public Response mapCutOffCommit(ArcUndeclaredThrowableException e) {
        if (!(e.getCause() instanceof RollbackException commit) || !databaseAwayIn(commit)) {
            return ProblemResponses.incident(e);
        }
        LOG.warnf("Database went away during a commit: %s", commit.getMessage());
        return unavailable("the database went away while the change was being committed: it may or may not have been"
                + " written; read the resource again, then retry in a few seconds");
    }

    private static Response unavailable(String detail) {
        return ProblemResponses.unavailable(detail, RETRY_AFTER_SECONDS);
    }

    /** Whether an SQL error among the causes of a failed commit, or the errors they suppressed, says the database is away. */
    static boolean databaseAwayIn(Throwable failure) {
        Deque<Throwable> toVisit = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Throwable next = toVisit.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof SQLException sql && databaseAway(sql.getSQLState())) {
                return true;
            }
            if (next.getCause() != null) {
                toVisit.push(next.getCause());
            }
            toVisit.addAll(List.of(next.getSuppressed()));
        }
        return false;
    }

    static boolean databaseAway(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08")
                        || List.of("57P01", "57P02", "57P03").contains(sqlState));
    }
}
