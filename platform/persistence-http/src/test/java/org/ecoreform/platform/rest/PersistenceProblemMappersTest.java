package org.ecoreform.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class PersistenceProblemMappersTest {

    private final PersistenceProblemMappers mappers = new PersistenceProblemMappers();

    /** As Narayana reports a commit whose connection PostgreSQL terminated (a restart's "administrator command"). */
    private static ArcUndeclaredThrowableException commitCutOff(String sqlState) {
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", sqlState));
        RollbackException rollback = new RollbackException("Could not commit transaction.");
        rollback.addSuppressed(commit);
        return new ArcUndeclaredThrowableException(rollback);
    }

    @Test
    void aCommitCutOffByADatabaseRestartIsUnavailableWithRetryAfter() {
        try (Response answer = mappers.mapCutOffCommit(commitCutOff("57P01"))) {
            assertThat(answer.getStatus()).isEqualTo(503);
            assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
        }
    }

    @Test
    void anyOtherFailedCommitIsAnIncident() {
        try (Response answer = mappers.mapCutOffCommit(commitCutOff("23505"))) {
            assertThat(answer.getStatus()).isEqualTo(500);
        }
        try (Response answer =
                mappers.mapCutOffCommit(new ArcUndeclaredThrowableException(new Exception("not a commit")))) {
            assertThat(answer.getStatus()).isEqualTo(500);
        }
    }
}
