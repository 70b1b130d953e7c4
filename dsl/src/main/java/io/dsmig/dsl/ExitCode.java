package io.dsmig.dsl;

/** How a batch run ends, as a process exit code (sysexits.h). */
public enum ExitCode {
    /** Everything ran; every migration completed. */
    OK(0),
    /** The command line was wrong. */
    USAGE(64),
    /** A script has an error: its syntax, a name, a value, or a request the world refused. */
    SCRIPT_ERROR(65),
    /** A script file could not be read. */
    NO_INPUT(66),
    /** A migration was refused, failed, aborted, or did not verify. */
    MIGRATION_FAILED(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
