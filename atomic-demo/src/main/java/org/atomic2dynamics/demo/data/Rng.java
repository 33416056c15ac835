package org.atomic2dynamics.demo.data;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A seeded random source with the few draws the generator needs; the same seed gives the same demo. */
final class Rng {
    private final Random random;

    Rng(long seed) {
        this.random = new Random(seed);
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code count} distinct items in random order. */
    <T> List<T> sample(List<T> items, int count) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }

    /** A moment between {@code from} and {@code to}, to the second. */
    OffsetDateTime between(OffsetDateTime from, OffsetDateTime to) {
        long span = Math.max(0, Duration.between(from, to).getSeconds());
        return from.plusSeconds(span == 0 ? 0 : (long) (random.nextDouble() * span));
    }
}
