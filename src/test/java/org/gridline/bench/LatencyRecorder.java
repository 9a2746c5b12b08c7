package org.gridline.bench;

import java.util.Arrays;

/** Collects latencies (microseconds) and prints percentiles, with the achieved rate. */
final class LatencyRecorder {
    private long[] micros = new long[1 << 16];
    private int count;
    private int errors;

    synchronized void record(long latencyMicros) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = latencyMicros;
    }

    synchronized void error() {
        errors++;
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    synchronized String summary(String label, double seconds) {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return String.format("%-28s %7d ok %5d errors %9.0f msg/s   p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms",
                label, count, errors, count / seconds, pct(sorted, 50) / 1000.0, pct(sorted, 99) / 1000.0,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
    }

    /** The p-th percentile, in microseconds. */
    synchronized long percentile(double p) {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return pct(sorted, p);
    }

    /** p50, p95, p99 and max, e.g. of an end-to-end latency. */
    synchronized String percentiles() {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return String.format("p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms", pct(sorted, 50) / 1000.0,
                pct(sorted, 95) / 1000.0, pct(sorted, 99) / 1000.0,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
    }

    private static long pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
