package io.dsmig.engine;

/** The phases of a data-set-level mirroring migration, in the order they run (seed 002, Figure 1). */
public enum Phase {
    ASSESS("assess"),
    ALLOCATE("allocate targets"),
    TABLE("build translate table"),
    MONITOR("start monitors"),
    COPY("copy"),
    RESYNC("resync"),
    CLOSE("wait for close"),
    FINAL_RESYNC("final resync"),
    RECONCILE("reconcile"),
    FIX_METADATA("fix target metadata"),
    SWITCH("switch catalog"),
    REOPEN("reopen"),
    SCRATCH("scratch sources"),
    VERIFY("verify"),
    DONE("done"),
    ABORTED("aborted");

    private final String words;

    Phase(String words) {
        this.words = words;
    }

    /** The phase in words, for status lines and timelines. */
    public String words() {
        return words;
    }

    /** Whether the phase lies inside the downtime window. */
    public boolean inWindow() {
        return this == FINAL_RESYNC || this == RECONCILE || this == FIX_METADATA || this == SWITCH;
    }

    public boolean terminal() {
        return this == DONE || this == ABORTED;
    }
}
