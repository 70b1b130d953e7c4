package io.dsmig.sim.services;

import io.dsmig.sim.app.EnqMode;
import io.dsmig.sim.app.EnqRequest;
import io.dsmig.sim.app.Holder;
import io.dsmig.sim.name.DataSetName;
import java.util.List;
import java.util.Optional;

/**
 * ENQs on data set names (SYSDSN, across the sysplex): who holds a data set and how, and taking and
 * releasing one. Applications hold their data sets shared while open; batch jobs hold what they
 * allocate, extend, rename or delete exclusively; a migration serializes its data sets with
 * exclusive ENQs through its downtime window.
 */
public interface EnqService {

    /** Who holds {@code name} now, in the order they got it; empty when nobody does. */
    List<Holder> holders(DataSetName name);

    /** How {@code name} is held now: exclusive, shared, or (empty) not at all. */
    Optional<EnqMode> mode(DataSetName name);

    /** Takes the ENQ on {@code name} if it is available now (ENQ RET=USE); whether it did. */
    boolean tryEnqueue(DataSetName name, Holder holder, EnqMode mode);

    /**
     * Requests the ENQs on {@code names}, all together: granted at once when they are available (then
     * {@code whenGranted} runs before this returns), else the request waits its turn and
     * {@code whenGranted} runs as an event the moment it is granted. {@link EnqRequest#cancel()}
     * withdraws a waiting request.
     */
    EnqRequest enqueue(List<DataSetName> names, Holder holder, EnqMode mode, Runnable whenGranted);

    /** Releases {@code holder}'s ENQ on {@code name}; requests waiting for it may be granted. */
    void dequeue(DataSetName name, Holder holder);
}
