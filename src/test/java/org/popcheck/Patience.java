package org.popcheck;

import java.time.Duration;

/**
 * How long a test waits for something that should happen before it calls it a hang.
 *
 * <p>Every wait that uses this ends as soon as its condition holds, so the limit costs nothing
 * when the code works; it only stops a test that would otherwise wait forever. It is long on
 * purpose: on a loaded 2-core machine a step that takes milliseconds on a desk can take seconds,
 * and a short limit then fails a test whose checks all held (as the journal crash test did).
 * What a test proves must never be "enough happened within N seconds".
 */
public final class Patience {

    /** The limit in seconds (for APIs that take a number and a unit). */
    public static final long SECONDS = 120;

    /** The same limit as a {@link Duration}. */
    public static final Duration HANG = Duration.ofSeconds(SECONDS);

    private Patience() {}
}
