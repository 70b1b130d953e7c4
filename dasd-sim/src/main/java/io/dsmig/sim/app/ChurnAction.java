package io.dsmig.sim.app;

/** The allocation changes churn makes, as batch jobs and users would. */
public enum ChurnAction {
    /** Extend a data set by its secondary quantity. */
    EXTEND,
    /** Release unused space from the end of a data set. */
    RELEASE,
    /** Delete a data set. */
    DELETE,
    /** Rename a data set to a new name that matches the churn's masks. */
    RENAME,
    /** Create a new data set whose name matches the churn's masks, and load it. */
    CREATE,
    /** Delete a data set and allocate one of the same name elsewhere: a persistent data set. */
    REALLOCATE
}
