package io.dsmig.engine.internal;

import io.dsmig.engine.EngineTiming;
import io.dsmig.engine.Migration;
import io.dsmig.engine.MigrationEngine;
import io.dsmig.engine.MigrationRefusedException;
import io.dsmig.engine.MigrationRequest;
import io.dsmig.engine.Plan;
import io.dsmig.engine.PlannedDataSet;
import io.dsmig.sim.dataset.VolumeExtent;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.SystemServices;
import io.dsmig.sim.space.Extent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The engine's bookkeeping: planning and starting sessions, and the sessions started. */
public final class Sessions {

    private final SystemServices services;
    private final EngineTiming timing;
    private final Map<String, Session> byName = new LinkedHashMap<>();

    public Sessions(SystemServices services, EngineTiming timing) {
        this.services = services;
        this.timing = timing;
    }

    public Plan plan(MigrationRequest request) {
        Assessment a = Assessment.of(services, request, plannedByOthers(null));
        List<PlannedDataSet> planned = new ArrayList<>();
        Map<Volser, Long> used = new HashMap<>();
        for (Selected s : a.scan().dataSets().values()) {
            List<VolumeExtent> target = new ArrayList<>();
            for (TargetPiece p : a.placements().getOrDefault(s.name(), List.of())) {
                for (Extent e : p.extents()) {
                    target.add(new VolumeExtent(p.volser(), e));
                }
                used.merge(p.volser(), (long) p.tracks(), Long::sum);
            }
            planned.add(new PlannedDataSet(s.name(), s.dataSet().dsorg().label(), s.tracks(), s.dataSet().volumes(),
                    s.dataSet().extentCount(), target));
        }
        return new Plan(request.name(), planned, a.problems(), a.warnings(), a.tracks(), CopyEstimate.nanos(services, a.scan().dataSets().values(),
                a.placements(), request.options().copyDepth()),
                used, a.targetFree());
    }

    public Migration start(MigrationRequest request, boolean clearAfterRead) {
        if (byName.containsKey(request.name()) && !byName.get(request.name()).finished()) {
            throw new MigrationRefusedException(request.name(), List.of("a migration named " + request.name()
                    + " is already running"));
        }
        if (byName.values().stream().filter(s -> !s.finished()).count() >= MigrationEngine.MIGRATIONS_MAX) {
            throw new MigrationRefusedException(request.name(), List.of("the engine already runs "
                    + MigrationEngine.MIGRATIONS_MAX + " migrations"));
        }
        Assessment a = Assessment.of(services, request, plannedByOthers(null));
        if (!a.problems().isEmpty()) {
            throw new MigrationRefusedException(request.name(), a.problems());
        }
        Session session = new Session(request, services, timing, a.image(), a, this::plannedByOthers, clearAfterRead);
        byName.put(request.name(), session);
        services.kernel().post(0, session::begin);
        return session;
    }

    /**
     * The target space every running migration but {@code self} has planned and not allocated yet: two
     * migrations started in the same instant onto one target must not both plan on the same free space.
     */
    private List<Reservation> plannedByOthers(Session self) {
        List<Reservation> list = new ArrayList<>();
        for (Session s : byName.values()) {
            if (s != self) {
                list.addAll(s.plannedNotAllocated());
            }
        }
        return list;
    }

    public List<Migration> all() {
        return List.copyOf(byName.values());
    }

    public Optional<Migration> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
