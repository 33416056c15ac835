package org.atomic2dynamics.emulator.bench;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** Per-request durations in nanoseconds, summarised as percentiles over the requests a filter keeps. */
final class Timings {
    private final long[] nanos;

    Timings(int requests) {
        nanos = new long[requests];
    }

    void set(int request, long value) {
        nanos[request] = value;
    }

    /** "n 950: p50 1.9 ms, p95 2.8 ms, p99 4.1 ms, max 9.0 ms, mean 2.0 ms" over the kept requests. */
    String summary(IntPredicate keep) {
        long[] kept = java.util.stream.IntStream.range(0, nanos.length).filter(keep).mapToLong(i -> nanos[i]).toArray();
        if (kept.length == 0) {
            return "n 0";
        }
        Arrays.sort(kept);
        double mean = Arrays.stream(kept).average().orElse(0) / 1e6;
        return String.format("n %,d: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms, mean %.2f ms", kept.length,
                at(kept, 0.50), at(kept, 0.95), at(kept, 0.99), kept[kept.length - 1] / 1e6, mean);
    }

    long get(int request) {
        return nanos[request];
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1)] / 1e6;
    }
}
