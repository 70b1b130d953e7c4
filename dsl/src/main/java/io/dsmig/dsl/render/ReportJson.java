package io.dsmig.dsl.render;

import groovy.json.JsonOutput;
import io.dsmig.engine.MigrationReport;
import io.dsmig.engine.ReconcileAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A migration report as JSON (times in milliseconds of simulated time). */
public final class ReportJson {

    private ReportJson() {
    }

    public static String of(MigrationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("completed", r.completed());
        m.put("failure", r.failure());
        m.put("startedMillis", ms(r.startedNanos()));
        m.put("finishedMillis", ms(r.finishedNanos()));
        m.put("copyMillis", ms(r.copyNanos()));
        m.put("dataSets", r.dataSetCount());
        m.put("tracksToCopy", r.tracksToCopy());
        m.put("tracksCopied", r.tracksCopied());
        m.put("copyRateTracksPerSecond", round(r.copyRateTracksPerSecond()));
        m.put("changeRateTracksPerSecond", round(r.changeRateTracksPerSecond()));
        m.put("timeline", r.timeline().stream().map(s -> Map.of("phase", s.phase().words(), "startMillis", ms(s.startNanos()),
                "endMillis", ms(s.endNanos()))).toList());
        m.put("passes", r.passes().stream().map(p -> Map.of("number", p.number(), "kind", p.kind(), "startMillis",
                ms(p.startNanos()), "endMillis", ms(p.endNanos()), "tracks", p.tracks())).toList());
        m.put("pending", r.pendingOverTime().stream().map(s -> List.of(ms(s.timeNanos()), s.tracks())).toList());
        MigrationReport.Downtime d = r.downtime();
        Map<String, Object> dt = new LinkedHashMap<>();
        dt.put("totalMillis", ms(d.totalNanos()));
        dt.put("allocateAndCopyMillis", ms(d.copyNanos()));
        dt.put("finalResyncMillis", ms(d.finalResyncNanos()));
        dt.put("reconcileMillis", ms(d.reconcileNanos()));
        dt.put("fixMetadataMillis", ms(d.fixMetadataNanos()));
        dt.put("catalogMillis", ms(d.catalogNanos()));
        dt.put("reopenMillis", ms(d.reopenNanos()));
        dt.put("pendingTracksAtClose", d.pendingTracksAtClose());
        dt.put("lowerBoundMillis", ms(d.lowerBoundNanos()));
        m.put("downtime", dt);
        m.put("dataSetRecords", r.dataSets().stream().map(x -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", x.name().value());
            e.put("dsorg", x.dsorg());
            e.put("tracks", x.tracks());
            e.put("usedTracks", x.usedTracks());
            e.put("sourceExtents", x.sourceExtents());
            e.put("targetExtents", x.targetExtents());
            e.put("sourceVolumes", x.sourceVolumes().stream().map(Object::toString).toList());
            e.put("targetVolumes", x.targetVolumes().stream().map(Object::toString).toList());
            e.put("piecesCopied", x.piecesCopied());
            e.put("outcome", x.outcome());
            return e;
        }).toList());
        m.put("reconciliation", r.reconciliation().stream().map(ReportJson::action).toList());
        if (r.verification() != null) {
            m.put("verification", Map.of("dataSets", r.verification().dataSets(), "tracksCompared",
                    r.verification().tracksCompared(), "mismatches", r.verification().mismatches()));
        }
        return JsonOutput.prettyPrint(JsonOutput.toJson(m)) + "\n";
    }

    private static Map<String, Object> action(ReconcileAction a) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("kind", a.change().kind().words());
        e.put("dataSet", a.change().dataSet().value());
        e.put("newName", a.change().newName() == null ? null : a.change().newName().value());
        e.put("detail", a.change().detail());
        e.put("decision", a.decision().toString());
        e.put("action", a.action());
        e.put("timeMillis", ms(a.timeNanos()));
        e.put("inWindow", a.inWindow());
        return e;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
