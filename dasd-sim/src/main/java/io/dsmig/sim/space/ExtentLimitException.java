package io.dsmig.sim.space;

/**
 * Space might exist, but taking it would pass the data set's extent limit (z/OS: E37). A kind of
 * {@link NoSpaceException}, since the request could not be met.
 */
public final class ExtentLimitException extends NoSpaceException {

    private static final long serialVersionUID = 1L;

    public ExtentLimitException(String message) {
        super(message);
    }
}
