package org.ecoreform.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmarks read from (and clear on) this Linux machine. */
final class Machine {

    private Machine() {}

    /** A process's resident set size, from /proc. */
    static long residentMegabytes(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the memory of process " + process.pid(), e);
        }
    }

    /** CPU seconds a process has used so far. */
    static double cpuSeconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }
}
