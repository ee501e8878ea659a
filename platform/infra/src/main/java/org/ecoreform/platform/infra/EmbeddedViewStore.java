package org.ecoreform.platform.infra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The gateway's view store: mongo-java-server speaking the MongoDB wire protocol (no real mongod
 * can be installed here), in memory for tests or in one H2 file that survives a restart.
 */
public final class EmbeddedViewStore implements AutoCloseable {

    private final int port;
    /** Where an H2-backed store keeps its file, or null (in memory). */
    private final Path directory;

    private MongoServer server;

    private EmbeddedViewStore(int port, Path directory) {
        this.port = port;
        this.directory = directory;
        start();
    }

    private MongoBackend backend() {
        return directory == null
                ? new MemoryBackend()
                : new H2Backend(directory.resolve("views.mv").toString());
    }

    /** Starts the store again after {@link #stop()}; a persistent one has kept its data. */
    public synchronized void start() {
        if (server == null) {
            server = new MongoServer(backend());
            server.bind("localhost", port);
        }
    }

    /** Stops the store as an outage would: every connection is cut. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** A store that forgets everything when it stops (tests). */
    public static EmbeddedViewStore inMemory(int port) {
        return new EmbeddedViewStore(port, null);
    }

    /** A store kept in {@code directory/views.mv} (the local launcher). */
    public static EmbeddedViewStore persistent(int port, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + directory, e);
        }
        return new EmbeddedViewStore(port, directory);
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        stop();
    }
}
