package org.ecoreform.deploy.bench;

import java.util.Arrays;

/** The benchmarks' arithmetic and their log line. */
final class Stats {

    private Stats() {}

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0
                ? 0
                : sorted.length % 2 == 1
                        ? sorted[sorted.length / 2]
                        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static void log(String format, Object... args) {
        System.out.printf("%tT %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
