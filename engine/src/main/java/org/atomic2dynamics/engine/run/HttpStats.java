package org.atomic2dynamics.engine.run;

/** What the run cost on the wire: requests sent, retries made, and 429s received. */
public record HttpStats(long requests, long retries, long throttled) {

    public static HttpStats none() {
        return new HttpStats(0, 0, 0);
    }
}
