package io.dsmig.engine.internal;

import io.dsmig.sim.app.EnqMode;
import io.dsmig.sim.app.EnqRequest;
import io.dsmig.sim.app.Holder;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.services.EnqService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The migration's exclusive ENQs on its data sets, which keep every application and job away from
 * them through the downtime window. When close is asked for, the whole selection is requested at
 * once: the request waits for the last holder — application or batch job — to let go, and the
 * window opens the moment it is granted. Data sets reconciliation takes in inside the window are
 * taken one by one, only if nobody else holds them. Everything is released when the window closes
 * or the migration aborts.
 */
final class Serialization {

    private final EnqService enq;
    private final Holder holder;
    private final Set<DataSetName> held = new TreeSet<>();
    private EnqRequest pending;

    Serialization(EnqService enq, Holder holder) {
        this.enq = enq;
        this.holder = holder;
    }

    Holder holder() {
        return holder;
    }

    /**
     * Requests {@code names} exclusively, all together; {@code whenHeld} runs once they are held —
     * before this returns when nobody holds any of them, else as an event the moment the last holder
     * releases.
     */
    void awaitAll(Collection<DataSetName> names, Runnable whenHeld) {
        List<DataSetName> wanted = new ArrayList<>();
        for (DataSetName n : names) {
            if (!held.contains(n)) {
                wanted.add(n);
            }
        }
        EnqRequest request = enq.enqueue(wanted, holder, EnqMode.EXCLUSIVE, () -> {
            pending = null;
            held.addAll(wanted);
            whenHeld.run();
        });
        if (request.waiting()) {
            pending = request;
        }
    }

    /** Takes {@code name} exclusively if nobody else holds it now; whether the migration holds it. */
    boolean take(DataSetName name) {
        if (held.contains(name)) {
            return true;
        }
        if (!enq.tryEnqueue(name, holder, EnqMode.EXCLUSIVE)) {
            return false;
        }
        held.add(name);
        return true;
    }

    /** Who else holds {@code name} now, in words ("job PAYJOB on SYSA"). */
    String holdersOf(DataSetName name) {
        List<String> others = enq.holders(name).stream().filter(h -> !h.equals(holder)).map(Holder::toString).toList();
        return others.isEmpty() ? "nobody" : String.join(", ", others);
    }

    /**
     * Withdraws a request still waiting and releases every ENQ held, by the names they were taken on:
     * a data set reconciliation deleted, renamed or excluded has left the snapshot but is still held.
     */
    void releaseAll() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        held.forEach(n -> enq.dequeue(n, holder));
        held.clear();
    }
}
