package io.dsmig.engine;

/** The allocation changes reconciliation finds by comparing current metadata with the snapshot. */
public enum ChangeKind {
    /** A data set took new extents: allocate the same on the target and copy them. */
    EXTENTS_ADDED,
    /** A data set released space from its end: release the same on the target. */
    SPACE_RELEASED,
    /** A data set matching the selection appeared: allocate a target and copy it all. */
    ADDED,
    /** A data set went away: scratch its target. */
    DELETED,
    /** A data set kept its space under a new name: rename its target. */
    RENAMED,
    /** A data set of the same name was deleted and allocated again elsewhere: reallocate its target, copy it all. */
    PERSISTENT;

    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
