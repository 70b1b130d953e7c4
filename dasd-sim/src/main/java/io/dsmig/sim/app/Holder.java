package io.dsmig.sim.app;

/**
 * Who holds (or waits for) an ENQ on a data set: an application, or a program such as a migration
 * product, on an image; or a batch job. An application can be asked to close; a batch job cannot,
 * it releases its data sets when its step ends.
 */
public record Holder(String image, String owner, Kind kind) {

    /** What kind of work holds the ENQ. */
    public enum Kind {
        /** An application or a long-running program (a started task). */
        APPLICATION,
        /** A batch job step. */
        JOB
    }

    /** An application (or program) named {@code owner} on {@code image}. */
    public Holder(String image, String owner) {
        this(image, owner, Kind.APPLICATION);
    }

    /** A batch job named {@code jobName}, running on {@code image}. */
    public static Holder job(String image, String jobName) {
        return new Holder(image, jobName, Kind.JOB);
    }

    public boolean isJob() {
        return kind == Kind.JOB;
    }

    @Override
    public String toString() {
        return (isJob() ? "job " : "") + owner + " on " + image;
    }
}
