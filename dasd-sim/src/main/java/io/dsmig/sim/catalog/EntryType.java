package io.dsmig.sim.catalog;

/** The type of a catalog (BCS) entry, as LISTCAT shows it. */
public enum EntryType {
    /** A non-VSAM data set: its record holds the volume cells. */
    NONVSAM,
    /** A VSAM cluster: associated with its DATA and INDEX components (and alternate indexes). */
    CLUSTER,
    /** The data component of a cluster or alternate index: holds volume cells. */
    DATA,
    /** The index component of a KSDS or alternate index: holds volume cells. */
    INDEX,
    /** An alternate index: associated with its base cluster and its own components. */
    AIX,
    /** A path over an alternate index. */
    PATH;

    /** Whether entries of this type carry volume cells (the others only associate). */
    public boolean hasVolumes() {
        return this == NONVSAM || this == DATA || this == INDEX;
    }

    public boolean isVsam() {
        return this != NONVSAM;
    }
}
