package org.ecoreform.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.ecoreform.platform.cluster.EmbeddedKafkaCluster;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test that drives a whole system (in-process launcher, fresh data, ports shifted) shared with the
 * other tests of this kind: started by the first, stopped when the test run ends. It runs on a
 * production-shaped Kafka cluster: three nodes in processes of their own, SASL_SSL with SCRAM, topics
 * with three replicas and min.insync.replicas=2; the fault drill's Kafka outage kills one broker. They may share it
 * because each checks only what it does itself against what the API answers at that moment (the
 * browser test compares the pages with the API; the fault drill follows its own writes and compares
 * the views with a rebuild), so neither depends on what the other wrote; one start is saved.
 */
@ExtendWith(SharedSystemTest.Shared.class)
@ResourceLock(SharedSystemTest.SHARED_SYSTEM) // one test at a time on it: a drill kills what another test reads
// one after another on the engine's own thread, while the other classes take turns on the second: a lock alone
// let a worker wait on it, idle, while the class holding it ran
@Execution(ExecutionMode.SAME_THREAD)
abstract class SharedSystemTest {

    static final String SHARED_SYSTEM = "shared-system";

    /** The running system, set before each test. */
    LocalLauncher system;

    /** Hands the running system to each test, starting it for the first. */
    static final class Shared implements BeforeEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(SharedSystemTest.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            Running running = context.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
            ((SharedSystemTest) context.getRequiredTestInstance()).system = running.system;
        }
    }

    /** The system and its data directory; closed by JUnit at the end of the run: stopped, logs kept, data removed. */
    static final class Running implements ExtensionContext.Store.CloseableResource {

        private static final EmbeddedKafkaCluster.User SERVICES =
                new EmbeddedKafkaCluster.User("ecoreform", "shared-" + UUID.randomUUID());
        /** The broker the fault drill kills (SIGKILL) and starts again. */
        private static final int VICTIM = 2;

        private final Path data;
        private final EmbeddedKafkaCluster kafka;
        private final LocalLauncher system;

        private Running(Path data, EmbeddedKafkaCluster kafka, LocalLauncher system) {
            this.data = data;
            this.kafka = kafka;
            this.system = system;
        }

        static Running start() {
            EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start(3, List.of(SERVICES));
            try {
                Path data = Files.createTempDirectory("ecoreform-shared-system");
                LocalLauncher system = new LocalLauncher(data, LocalLauncherTest.freePortOffset(), true)
                        .withKafka(kafka, SERVICES, VICTIM);
                system.start();
                return new Running(data, kafka, system);
            } catch (Exception e) {
                kafka.close();
                throw new IllegalStateException("the shared system did not start", e);
            }
        }

        @Override
        public void close() throws IOException {
            system.stop();
            kafka.close();
            Path logs = data.resolve("logs");
            if (Files.isDirectory(logs)) {
                Path kept = Path.of("target", "system-logs", "shared-system");
                Files.createDirectories(kept);
                try (Stream<Path> files = Files.list(logs)) {
                    for (Path log : files.toList()) {
                        Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Directories.delete(data);
        }
    }
}
