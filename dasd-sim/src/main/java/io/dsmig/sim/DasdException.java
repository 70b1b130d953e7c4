package io.dsmig.sim;

/**
 * A request the simulated system rejects, the way z/OS would: a bad name, no space, an extent
 * limit, an unknown volume, a duplicate name, a catalog conflict. The message names the object
 * (volume, data set) and the rule that was broken, so it can be shown to a user as it is.
 *
 * <p>These are user-level failures: callers turn them into diagnostics, never into stack traces.
 * A broken invariant of the simulation itself is an {@link InvariantViolation} instead.
 */
public class DasdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DasdException(String message) {
        super(message);
    }

    public DasdException(String message, Throwable cause) {
        super(message, cause);
    }
}
