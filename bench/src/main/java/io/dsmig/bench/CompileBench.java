package io.dsmig.bench;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Interpreter;
import io.dsmig.dsl.Output;
import io.dsmig.dsl.Source;
import io.dsmig.dsl.hooks.GroovyHooks;
import java.nio.file.Path;
import java.util.Map;

/**
 * Parsing, checking and compiling (hooks included) a generated script of 1,000 statements — the
 * work done before anything runs — timed after a warm-up, median of 7 runs.
 */
public final class CompileBench implements Benchmark {

    static final int STATEMENTS = 1_000;

    @Override
    public String name() {
        return "compile";
    }

    @Override
    public String description() {
        return "parse, check and compile a 1,000-statement script (two Groovy hooks among them)";
    }

    @Override
    public Figures run() {
        GroovyHooks.warmUp();
        String text = script();
        Source source = new Source("bench.dsmig", text);
        long[] errors = new long[1];
        double millis = Measure.medianMillis(7, () -> {
            Diagnostics d = new Interpreter(Output.NONE, Map.of(), null).check(source, Path.of("."));
            errors[0] = d.errorCount();
            return d;
        });
        if (errors[0] > 0) {
            throw new IllegalStateException("the benchmark script does not check: "
                    + new Interpreter(Output.NONE, Map.of(), null).check(source, Path.of(".")).format(source));
        }
        return new Figures()
                .put("compileMillis", millis, "median of 7 warm runs; target under 200")
                .put("statements", STATEMENTS)
                .put("lines", text.lines().count());
    }

    /** A realistic mix: the world, data sets, clusters, applications, churn, plans, migrations, views. */
    static String script() {
        StringBuilder sb = new StringBuilder("seed 1\nimage SYSA, SYSB, SYSC\n");
        int n = 2;
        sb.append("param HLQ = 'PAYROLL'\nparam TARGETS = BIG001, BIG002\n");
        n += 2;
        sb.append("volume BIG001, BIG002 type 3390-54 online to all\n");
        n++;
        for (int v = 1; n < STATEMENTS && v <= 150; v++, n++) {
            sb.append(String.format("volume V%05d type 3390-3 online to SYSA, SYSB pool SG%d%n", v, v % 5));
        }
        sb.append("on close request for MIG1 groovy \"\"\"\n    apps.holding*.close()\n\"\"\"\n");
        sb.append("on reconcile groovy \"\"\"\n    change.kind == ChangeKind.ADDED ? exclude('new') : accept()\n\"\"\"\n");
        n += 2;
        for (int d = 1; n < STATEMENTS - 320; d++, n++) {
            int v = 1 + d % 150;
            sb.append(switch (d % 4) {
                case 0 -> String.format("dataset '${HLQ}.D%d.DATA' on V%05d space cyl %d %d dsorg ps recfm fb lrecl 80 used 60%%%n",
                        d, v, 1 + d % 20, 1 + d % 5);
                case 1 -> String.format("cluster '${HLQ}.K%d' ksds on V%05d space trk %d %d ci 4096 used 40%%%n",
                        d, v, 15 + d % 90, 1 + d % 9);
                case 2 -> String.format("application A%d on SYSA opens '${HLQ}.D%d.**' writes %d tracks/s hot 10%% "
                        + "close takes 2s max 10 datasets%n", d, d - 2, 1 + d % 50);
                default -> String.format("show datasets '${HLQ}.D%d.**'%n", d - 3);
            });
        }
        for (int m = 1; n < STATEMENTS; m++) {
            sb.append(String.format("plan select datasets '${HLQ}.D%d.**' merge into ${TARGETS} as P%d%n", m, m));
            n++;
            if (n < STATEMENTS) {
                sb.append(String.format("select datasets '${HLQ}.K%d.**' merge into ${TARGETS} as MIG%d "
                        + "resync every 10s, close when pending < 500 tracks, verify%n", m * 4 + 1, m));
                n++;
            }
            if (n < STATEMENTS) {
                sb.append(String.format("status MIG%d%n", m));
                n++;
            }
        }
        return sb.toString();
    }
}
