package org.ecoreform.platform.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (zonky's embedded binaries), one per JVM. Used by the tests and by the
 * local launcher (with a persistent data directory).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final int port;
    private final Path dataDirectory;
    /** Removed on close (a test's server); a launcher's data directory is kept. */
    private final boolean temporary;

    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(int port, Path dataDirectory, boolean temporary) {
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.postgres = launch(port, dataDirectory);
    }

    /** Starts a server whose data lives in {@code dataDirectory} and survives a restart. */
    public static EmbeddedPostgresServer start(int port, Path dataDirectory) {
        return new EmbeddedPostgresServer(port, dataDirectory, false);
    }

    /** Starts a server on a fresh directory that {@link #close()} removes; it survives {@link #stop()} and {@link #restart()}. */
    public static EmbeddedPostgresServer temporary(int port) {
        try {
            return new EmbeddedPostgresServer(port, Files.createTempDirectory("ecoreform-postgres"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres launch(int port, Path dataDirectory) {
        try {
            return EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** Stops the server as an outage would (every connection is cut); the data stays for {@link #restart()}. */
    public synchronized void stop() {
        if (postgres != null) {
            shutDown(postgres);
            postgres = null;
        }
    }

    /** Starts the server again on the same port and data. */
    public synchronized void restart() {
        if (postgres == null) {
            postgres = launch(port, dataDirectory);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates a database if it does not exist yet (one per service). */
    public synchronized void ensureDatabase(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database.replace("'", "") + "'");
            if (!exists.next()) {
                statement.execute("create database \"" + database.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            Directories.deleteRecursively(dataDirectory);
        }
    }

    private static void shutDown(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
