package org.ecoreform.deploy.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gateway on a core of its own and everything else of the benchmark (its own JVM, hence wrk, the services,
 * PostgreSQL, Kafka, the view store) on the others, as when the gateway runs on nodes of its own: what it costs then
 * shows as its own core's load, not as CPU taken from the service it fronts. Linux's {@code taskset} sets the CPU
 * affinity of every thread; processes forked later (wrk, PostgreSQL's backends) inherit their parent's. Closing it
 * gives every process of the system all cores again.
 */
final class CoreSplit implements AutoCloseable {

    private static final Path TASKSET = Path.of("/usr/bin/taskset");

    private final ProcessHandle gateway;
    private final String dataDirectory;
    private final int cores;

    private CoreSplit(ProcessHandle gateway, Path dataDirectory, int cores) {
        this.gateway = gateway;
        this.dataDirectory = dataDirectory.toString();
        this.cores = cores;
    }

    /** Why the split cannot be made on this machine, if it cannot. */
    static Optional<String> unavailable() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return Optional.of("one core only");
        }
        if (!TASKSET.toFile().canExecute()) {
            return Optional.of(TASKSET + " is missing (util-linux)");
        }
        return Optional.empty();
    }

    /** Puts the gateway on the last core, the rest of the system whose data lives in {@code dataDirectory} on the others. */
    static CoreSplit apply(ProcessHandle gateway, Path dataDirectory) throws IOException, InterruptedException {
        CoreSplit split =
                new CoreSplit(gateway, dataDirectory, Runtime.getRuntime().availableProcessors());
        String last = String.valueOf(split.cores - 1);
        String others = split.cores == 2 ? "0" : "0-" + (split.cores - 2);
        Set<ProcessHandle> gatewayTree = tree(Stream.of(gateway));
        for (ProcessHandle process : split.system()) {
            pin(process, gatewayTree.contains(process) ? last : others);
        }
        return split;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        String all = "0-" + (cores - 1);
        for (ProcessHandle process : system()) {
            pin(process, all);
        }
    }

    /**
     * The benchmark's JVM and what it started, with PostgreSQL, which detaches from its starter: the processes whose
     * command line names the data directory, and theirs.
     */
    private Set<ProcessHandle> system() {
        Stream<ProcessHandle> roots = Stream.concat(
                Stream.of(ProcessHandle.current(), gateway),
                ProcessHandle.allProcesses()
                        .filter(p -> p.info()
                                .commandLine()
                                .filter(line -> line.contains(dataDirectory))
                                .isPresent()));
        return tree(roots);
    }

    private static Set<ProcessHandle> tree(Stream<ProcessHandle> roots) {
        return roots.flatMap(root -> Stream.concat(Stream.of(root), root.descendants()))
                .collect(Collectors.toSet());
    }

    /**
     * Sets the affinity of all of a process's threads; a process that ended meanwhile is passed over, a thread that
     * ended while taskset went through them (which fails the call) is tried again.
     */
    private static void pin(ProcessHandle process, String cpus) throws IOException, InterruptedException {
        String output = "";
        for (int attempt = 0; attempt < 3 && process.isAlive(); attempt++) {
            Process taskset = new ProcessBuilder(
                            List.of(TASKSET.toString(), "-a", "-p", "-c", cpus, String.valueOf(process.pid())))
                    .redirectErrorStream(true)
                    .start();
            output = new String(taskset.getInputStream().readAllBytes());
            if (taskset.waitFor() == 0) {
                return;
            }
        }
        if (process.isAlive()) {
            throw new IOException("taskset could not pin process " + process.pid() + ": " + output.strip());
        }
    }
}
