package io.dsmig.sim.app;

import io.dsmig.sim.Check;
import io.dsmig.sim.DasdException;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.DataSetName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ENQs on data set names across the sysplex (SYSDSN, scope SYSTEMS): who holds which data set,
 * shared or exclusive, and who waits for one. Applications hold their data sets shared while open;
 * batch jobs hold what they allocate, change or delete exclusively for the step; a migration holds
 * its data sets exclusively through the downtime window — and learns who has a data set from here.
 *
 * <p>A request that cannot be granted waits ({@link #enqueue}), or is refused at once when the caller
 * asks for that ({@link #tryEnqueue}, as ENQ RET=USE). Waiting requests are granted in the order they
 * were made, the moment what stands in their way is released; their holders are told by an event at
 * that moment, never from inside the releasing caller.
 */
public final class OpenRegistry {

    /** No more requests than this wait at once. */
    public static final int WAITING_MAX = 10_000;

    private record Grant(Holder holder, EnqMode mode) {
    }

    private final Kernel kernel;
    private final Map<DataSetName, List<Grant>> held = new HashMap<>();
    private final List<EnqRequest> waiting = new ArrayList<>();
    private long waitsBegun;

    public OpenRegistry(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * Requests the ENQs on {@code names} for {@code holder}, all together. When they are available now
     * they are granted and {@code whenGranted} runs before this returns; otherwise the request waits and
     * {@code whenGranted} runs as an event the moment it is granted.
     *
     * @throws DasdException when {@value #WAITING_MAX} requests already wait
     */
    public EnqRequest enqueue(List<DataSetName> names, Holder holder, EnqMode mode, Runnable whenGranted) {
        EnqRequest request = new EnqRequest(this, names, holder, mode, whenGranted, kernel.nowNanos());
        checkNotHeld(request);
        if (grantable(request, waiting.size())) {
            grant(request);
            request.tell();
            return request;
        }
        if (waiting.size() >= WAITING_MAX) {
            throw new DasdException(holder + " cannot wait for " + request.names().get(0) + ": " + WAITING_MAX
                    + " ENQ requests are waiting already");
        }
        waiting.add(request);
        waitsBegun++;
        trace("enq-wait", request + " waits for " + describeBlockers(request));
        return request;
    }

    /** Takes the ENQ on {@code name} for {@code holder} if it is available now (ENQ RET=USE); whether it did. */
    public boolean tryEnqueue(DataSetName name, Holder holder, EnqMode mode) {
        EnqRequest request = new EnqRequest(this, List.of(name), holder, mode, () -> { }, kernel.nowNanos());
        checkNotHeld(request);
        if (!grantable(request, waiting.size())) {
            return false;
        }
        grant(request);
        return true;
    }

    /** Releases {@code holder}'s ENQ on {@code name} (nothing if it holds none), and grants what waited for it. */
    public void dequeue(DataSetName name, Holder holder) {
        if (release(name, holder)) {
            grantWaiting();
        }
    }

    /** The holders of {@code name}, in the order they were granted it; empty when nobody holds it. */
    public List<Holder> holders(DataSetName name) {
        List<Grant> grants = held.get(name);
        if (grants == null) {
            return List.of();
        }
        List<Holder> list = new ArrayList<>(grants.size());
        grants.forEach(g -> list.add(g.holder()));
        return list;
    }

    /** How {@code name} is held now: exclusive, shared, or (empty) not at all. */
    public Optional<EnqMode> mode(DataSetName name) {
        List<Grant> grants = held.get(name);
        if (grants == null) {
            return Optional.empty();
        }
        return Optional.of(grants.get(0).mode());
    }

    /** Whether anybody holds {@code name}, shared or exclusive. */
    public boolean isOpen(DataSetName name) {
        return held.containsKey(name);
    }

    /** The holders waiting for {@code name}, in the order they asked. */
    public List<Holder> waiters(DataSetName name) {
        return waiting.stream().filter(r -> r.covers(name)).map(EnqRequest::holder).toList();
    }

    /** How many data sets somebody holds. */
    public int openCount() {
        return held.size();
    }

    /** How many requests wait now. */
    public int waitingCount() {
        return waiting.size();
    }

    /** How many requests have had to wait, in all. */
    public long waitsBegun() {
        return waitsBegun;
    }

    boolean cancel(EnqRequest request) {
        if (request.waiting()) {
            waiting.remove(request);
            request.markCancelled();
            grantWaiting();
            return true;
        }
        if (request.granted() && !request.told()) {
            request.names().forEach(n -> release(n, request.holder()));
            request.markCancelled();
            grantWaiting();
            return true;
        }
        return false;
    }

    String describeBlockers(EnqRequest request) {
        List<String> parts = new ArrayList<>();
        int before = waiting.contains(request) ? waiting.indexOf(request) : waiting.size();
        for (DataSetName name : request.names()) {
            String why = blocker(name, request.mode(), before);
            if (why != null) {
                parts.add(name + " (" + why + ")");
            }
        }
        if (parts.isEmpty()) {
            return "nothing";
        }
        return parts.size() > 3 ? String.join(", ", parts.subList(0, 3)) + " and " + (parts.size() - 3) + " more"
                : String.join(", ", parts);
    }

    private String blocker(DataSetName name, EnqMode mode, int before) {
        List<Grant> grants = held.getOrDefault(name, List.of());
        if (grants.stream().anyMatch(g -> !g.mode().compatibleWith(mode))) {
            return (grants.get(0).mode() == EnqMode.EXCLUSIVE ? "held exclusively by " : "held shared by ")
                    + String.join(", ", grants.stream().map(g -> g.holder().toString()).toList());
        }
        for (int i = 0; i < before; i++) {
            EnqRequest earlier = waiting.get(i);
            if (earlier.covers(name) && !earlier.mode().compatibleWith(mode)) {
                return "queued behind " + earlier.holder();
            }
        }
        return null;
    }

    /**
     * Whether {@code request} can be granted now: every data set it names is free or held compatibly,
     * and no request among the first {@code before} waiting ones wants one of them incompatibly.
     */
    private boolean grantable(EnqRequest request, int before) {
        for (DataSetName name : request.names()) {
            for (Grant g : held.getOrDefault(name, List.of())) {
                if (!g.mode().compatibleWith(request.mode())) {
                    return false;
                }
            }
        }
        for (int i = 0; i < before; i++) {
            EnqRequest earlier = waiting.get(i);
            if (!earlier.mode().compatibleWith(request.mode()) && overlaps(earlier, request)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(EnqRequest a, EnqRequest b) {
        EnqRequest small = a.names().size() <= b.names().size() ? a : b;
        EnqRequest large = small == a ? b : a;
        return small.names().stream().anyMatch(large::covers);
    }

    private void grant(EnqRequest request) {
        for (DataSetName name : request.names()) {
            held.computeIfAbsent(name, n -> new ArrayList<>(2)).add(new Grant(request.holder(), request.mode()));
        }
        request.markGranted(kernel.nowNanos());
    }

    /** Grants, in order, every waiting request that can be granted now; each holder is told by an event. */
    private void grantWaiting() {
        for (int i = 0; i < waiting.size(); ) {
            EnqRequest request = waiting.get(i);
            if (!grantable(request, i)) {
                i++;
                continue;
            }
            waiting.remove(i);
            grant(request);
            trace("enq-grant", request + " after waiting " + SimTime.format(kernel.nowNanos() - request.requestedNanos()));
            kernel.post(0, request::tell);
        }
    }

    private boolean release(DataSetName name, Holder holder) {
        List<Grant> grants = held.get(name);
        if (grants == null) {
            return false;
        }
        for (int i = 0; i < grants.size(); i++) {
            if (grants.get(i).holder().equals(holder)) {
                grants.remove(i);
                if (grants.isEmpty()) {
                    held.remove(name);
                }
                return true;
            }
        }
        return false;
    }

    private void checkNotHeld(EnqRequest request) {
        for (DataSetName name : request.names()) {
            Check.that(held.getOrDefault(name, List.of()).stream().noneMatch(g -> g.holder().equals(request.holder())),
                    "enq-once", () -> request.holder() + " asks again for the ENQ on " + name + ", which it holds");
        }
    }

    private void trace(String kind, String detail) {
        if (kernel.trace().enabled()) {
            kernel.trace().record(kind, detail);
        }
    }
}
