package org.ecoreform.deploy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The services' processes: started from their command and environment, waited for until ready,
 * killed and started again as a crash and a restart would, stopped (SIGTERM, then SIGKILL after 20 s).
 */
final class Supervisor {

    private static final Duration READY_DEADLINE = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, ProcessBuilder> builders = new LinkedHashMap<>();

    /** Starts a process under {@code name}, remembering how, so that it can be started again. */
    void start(String name, ProcessBuilder builder) throws IOException {
        builders.put(name, builder);
        processes.put(name, builder.start());
    }

    Process process(String name) {
        Process process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no process named " + name);
        }
        return process;
    }

    /** Starts a copy of a process under {@code copy}: its command, its environment with {@code changed} on top, its own log. */
    void startCopy(String name, String copy, Map<String, String> changed, Path log) throws IOException {
        ProcessBuilder first = builders.get(name);
        // one writer per class archive: the copy uses it if written, never writes it
        List<String> command = first.command().stream()
                .filter(option -> !option.startsWith(ClassArchives.WRITE_OPTION))
                .toList();
        ProcessBuilder second = new ProcessBuilder(command)
                .directory(first.directory())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        second.environment().clear();
        second.environment().putAll(first.environment());
        second.environment().putAll(changed);
        start(copy, second);
    }

    /** Kills the process the hard way (SIGKILL), as a crash would. */
    void kill(String name) throws InterruptedException {
        Process process = process(name);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts a killed process again with its original command and environment. */
    void restart(String name) throws IOException {
        processes.put(name, builders.get(name).start());
    }

    /** Stops one process and forgets it. */
    void stop(String name) throws InterruptedException {
        Process process = processes.remove(name);
        builders.remove(name);
        if (process != null) {
            process.destroy();
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Stops every process: all asked at once, then each waited for; answers the commands of those that ended by themselves. */
    List<List<String>> stopAll() {
        processes.values().forEach(Process::destroy);
        List<List<String>> ended = new java.util.ArrayList<>();
        processes.forEach((name, process) -> {
            try {
                if (process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    ended.add(builders.get(name).command());
                } else {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        processes.clear();
        return ended;
    }

    /** Until the process answers ready on {@code /q/health/ready}; fails when it exits or takes too long. */
    void awaitReady(String name, String baseUrl, Path log) throws Exception {
        HttpReadiness.await(
                name,
                process(name),
                URI.create(baseUrl + "/q/health/ready"),
                READY_DEADLINE,
                Duration.ofMillis(500),
                "did not become healthy within 3 minutes",
                log);
    }

    /** Waits for every process to exit (the launcher's main thread, until Ctrl-C). */
    void awaitExit() throws InterruptedException {
        for (Process process : processes.values()) {
            process.waitFor();
        }
    }
}
