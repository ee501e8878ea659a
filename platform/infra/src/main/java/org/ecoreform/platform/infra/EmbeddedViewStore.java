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

    private final MongoServer server;
    private final int port;

    private EmbeddedViewStore(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        this.port = port;
        server.bind("localhost", port);
    }

    /** A store that forgets everything when it stops (tests). */
    public static EmbeddedViewStore inMemory(int port) {
        return new EmbeddedViewStore(new MemoryBackend(), port);
    }

    /** A store kept in {@code directory/views.mv} (the local launcher). */
    public static EmbeddedViewStore persistent(int port, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + directory, e);
        }
        return new EmbeddedViewStore(new H2Backend(directory.resolve("views.mv").toString()), port);
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
