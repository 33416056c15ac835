package org.atomic2dynamics.emulator;

/**
 * Injected faults: each rate is the probability (0..1) that a data request fails that way, drawn from a
 * random sequence started from {@code seed} so a run can be reproduced.
 */
public record FaultSettings(double throttle, double unavailable, double deadlock, double timeout,
                            double connectionReset, long seed) {

    public FaultSettings {
        for (double r : new double[] {throttle, unavailable, deadlock, timeout, connectionReset}) {
            if (r < 0 || r > 1) {
                throw new IllegalArgumentException("a fault rate must be between 0 and 1, got " + r);
            }
        }
    }

    public static FaultSettings none() {
        return new FaultSettings(0, 0, 0, 0, 0, 42L);
    }

    public boolean any() {
        return throttle + unavailable + deadlock + timeout + connectionReset > 0;
    }
}
