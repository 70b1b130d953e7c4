package io.dsmig.dsl.parse;

import io.dsmig.dsl.ast.AbortStatement;
import io.dsmig.dsl.ast.AixStatement;
import io.dsmig.dsl.ast.AliasStatement;
import io.dsmig.dsl.ast.AppControlStatement;
import io.dsmig.dsl.ast.ApplicationStatement;
import io.dsmig.dsl.ast.Assignment;
import io.dsmig.dsl.ast.CatalogStatement;
import io.dsmig.dsl.ast.ChurnStatement;
import io.dsmig.dsl.ast.ClusterStatement;
import io.dsmig.dsl.ast.DatasetStatement;
import io.dsmig.dsl.ast.Dur;
import io.dsmig.dsl.ast.HookStatement;
import io.dsmig.dsl.ast.ImageControlStatement;
import io.dsmig.dsl.ast.ImageStatement;
import io.dsmig.dsl.ast.LoadStatement;
import io.dsmig.dsl.ast.MigrationOption;
import io.dsmig.dsl.ast.Name;
import io.dsmig.dsl.ast.Num;
import io.dsmig.dsl.ast.ParamStatement;
import io.dsmig.dsl.ast.Params;
import io.dsmig.dsl.ast.PathStatement;
import io.dsmig.dsl.ast.Pct;
import io.dsmig.dsl.ast.PopulateStatement;
import io.dsmig.dsl.ast.Pos;
import io.dsmig.dsl.ast.Rate;
import io.dsmig.dsl.ast.ReportStatement;
import io.dsmig.dsl.ast.RunStatement;
import io.dsmig.dsl.ast.SeedStatement;
import io.dsmig.dsl.ast.SelectStatement;
import io.dsmig.dsl.ast.Selection;
import io.dsmig.dsl.ast.ShowStatement;
import io.dsmig.dsl.ast.SpaceSpec;
import io.dsmig.dsl.ast.Statement;
import io.dsmig.dsl.ast.StatusStatement;
import io.dsmig.dsl.ast.Str;
import io.dsmig.dsl.ast.TimingSetting;
import io.dsmig.dsl.ast.TimingStatement;
import io.dsmig.dsl.ast.VerifyStatement;
import io.dsmig.dsl.ast.Vols;
import io.dsmig.dsl.ast.VolumeStatement;
import io.dsmig.dsl.ast.WhatifStatement;
import io.dsmig.dsl.parse.DsmigParser.*;
import io.dsmig.sim.kernel.SimTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The one visitor that turns a parse tree into AST records. Later passes never see the tree. Options
 * that may come in any order are gathered into the statement's fields; one given twice is noted
 * ({@link #repeatedOptions()}) and reported by the parser, or, for a migration's options, by the checker.
 */
final class AstBuilder {

    private static final String DISTRIBUTION = "distribution";
    private static final String KEEP_ONE = "keep one of them";

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    /** A mistake the tree shows only once it is read: an option given twice, a value out of range. */
    record Problem(Pos pos, String message, String hint) {
    }

    AstBuilder(String file) {
        this.file = file;
    }

    /**
     * The mistakes found while building: where an option of a world or activity statement repeats one
     * given before it in the same statement (the statement's record keeps only the last; a migration's
     * options are kept in a list and the checker reports repeats there), and a duration that cannot be
     * represented.
     */
    List<Problem> problems() {
        return problems;
    }

    /** Notes {@code option} as given; a second option of the same {@code kind} in a statement is a repeat. */
    private void once(java.util.Set<Object> seen, Object kind, ParserRuleContext option) {
        if (!seen.add(kind)) {
            problems.add(new Problem(pos(option), kind.equals(DISTRIBUTION)
                    ? "hot, uniform and append each say where the writes go: this is the second" : "this option is given twice",
                    KEEP_ONE));
        }
    }

    List<Statement> statements(ScriptContext ctx) {
        List<Statement> list = new ArrayList<>();
        for (StatementContext s : ctx.statement()) {
            Statement built = statement(s);
            if (built != null) {
                list.add(built);
            }
        }
        return list;
    }

    private Statement statement(StatementContext s) {
        ParserRuleContext c = (ParserRuleContext) s.getChild(0);
        if (c == null || c.exception != null && c.getChildCount() == 0) {
            return null;
        }
        if (c instanceof SeedStatementContext x) {
            return new SeedStatement(pos(x), number(x.number()));
        } else if (c instanceof ParamStatementContext x) {
            return new ParamStatement(pos(x), name(x.name()), paramValue(x.paramValue()));
        } else if (c instanceof LoadStatementContext x) {
            return new LoadStatement(pos(x), string(x.string()),
                    x.assignment().stream().map(a -> new Assignment(pos(a), name(a.name()), paramValue(a.paramValue()))).toList());
        } else if (c instanceof ImageStatementContext x) {
            x.imageOption().stream().skip(1).forEach(o -> problems.add(new Problem(pos(o), "this option is given twice", KEEP_ONE)));
            return new ImageStatement(pos(x), names(x.names()), !x.imageOption().isEmpty());
        } else if (c instanceof VolumeStatementContext x) {
            return volume(x);
        } else if (c instanceof CatalogStatementContext x) {
            return new CatalogStatement(pos(x), string(x.string()),
                    x.names() == null ? List.of() : names(x.names()));
        } else if (c instanceof AliasStatementContext x) {
            return new AliasStatement(pos(x), names(x.names()), string(x.string()));
        } else if (c instanceof DatasetStatementContext x) {
            return dataset(x);
        } else if (c instanceof ClusterStatementContext x) {
            return cluster(x);
        } else if (c instanceof AixStatementContext x) {
            return aix(x);
        } else if (c instanceof PathStatementContext x) {
            return new PathStatement(pos(x), string(x.string(0)), string(x.string(1)));
        } else if (c instanceof PopulateStatementContext x) {
            return populate(x);
        } else if (c instanceof TimingStatementContext x) {
            return new TimingStatement(pos(x), x.timingSetting().stream().map(this::timing).toList());
        } else if (c instanceof ApplicationStatementContext x) {
            return application(x);
        } else if (c instanceof ChurnStatementContext x) {
            return churn(x);
        } else if (c instanceof SelectStatementContext x) {
            return new SelectStatement(pos(x), SelectStatement.Mode.START, selection(x.selection()),
                    volumes(x.volumes()), name(x.migration), name(x.image), options(x.migrationOptions()));
        } else if (c instanceof PlanStatementContext x) {
            return new SelectStatement(pos(x), x.kind.getType() == DsmigLexer.PLAN ? SelectStatement.Mode.PLAN
                    : SelectStatement.Mode.REHEARSE, selection(x.selection()),
                    volumes(x.volumes()), name(x.migration), name(x.image), options(x.migrationOptions()));
        } else if (c instanceof WhatifStatementContext x) {
            return new WhatifStatement(pos(x), name(x.name()),
                    x.migrationOptions().stream().map(this::options).toList());
        } else if (c instanceof HookStatementContext x) {
            return hook(x);
        } else if (c instanceof RunStatementContext x) {
            return run(x);
        } else if (c instanceof StatusStatementContext x) {
            return new StatusStatement(pos(x), name(x.name()));
        } else if (c instanceof ShowStatementContext x) {
            return show(x);
        } else if (c instanceof VerifyStatementContext x) {
            return new VerifyStatement(pos(x), name(x.name()));
        } else if (c instanceof ReportStatementContext x) {
            return new ReportStatement(pos(x), name(x.name()), string(x.string()));
        } else if (c instanceof AbortStatementContext x) {
            return new AbortStatement(pos(x), name(x.name()), x.string() == null ? null
                    : string(x.string()));
        } else if (c instanceof AppControlStatementContext x) {
            return new AppControlStatement(pos(x), x.action.getText().toLowerCase(Locale.ROOT),
                    name(x.name()));
        } else if (c instanceof ImageControlStatementContext x) {
            return new ImageControlStatement(pos(x), name(x.name()),
                    x.state.getType() == DsmigLexer.UP);
        }
        return null;
    }

    // --- The world

    private VolumeStatement volume(VolumeStatementContext x) {
        List<Name> onlineTo = List.of();
        boolean all = false;
        boolean indexed = false;
        Name pool = null;
        Num vtoc = null;
        Num servers = null;
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (VolumeOptionContext o : x.volumeOption()) {
            once(seen, o.getClass(), o);
            if (o instanceof VolumeOnlineContext v) {
                all = v.ALL() != null;
                onlineTo = v.names() == null ? List.of() : names(v.names());
            } else if (o instanceof VolumeIndexedContext) {
                indexed = true;
            } else if (o instanceof VolumePoolContext v) {
                pool = name(v.name());
            } else if (o instanceof VolumeVtocContext v) {
                vtoc = number(v.number());
            } else if (o instanceof VolumeServersContext v) {
                servers = number(v.number());
            }
        }
        return new VolumeStatement(pos(x), volumes(x.volumes()), new Name(pos(x.device()), x.device().getText()),
                onlineTo, all, indexed, pool, vtoc, servers);
    }

    private DatasetStatement dataset(DatasetStatementContext x) {
        SpaceSpec space = null;
        Name dsorg = null;
        Name recfm = null;
        Num lrecl = null;
        Num blksize = null;
        Num keylen = null;
        Pct used = null;
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (DatasetOptionContext o : x.datasetOption()) {
            once(seen, o.getClass(), o);
            if (o instanceof DatasetSpaceContext v) {
                space = space(v.spaceSpec());
            } else if (o instanceof DatasetDsorgContext v) {
                dsorg = name(v.name());
            } else if (o instanceof DatasetRecfmContext v) {
                recfm = name(v.name());
            } else if (o instanceof DatasetLreclContext v) {
                lrecl = number(v.number());
            } else if (o instanceof DatasetBlksizeContext v) {
                blksize = number(v.number());
            } else if (o instanceof DatasetKeylenContext v) {
                keylen = number(v.number());
            } else if (o instanceof DatasetUsedContext v) {
                used = percent(v.percent());
            }
        }
        return new DatasetStatement(pos(x), string(x.string()), volumes(x.volumes()), space, dsorg, recfm, lrecl, blksize,
                keylen, used);
    }

    private ClusterStatement cluster(ClusterStatementContext x) {
        SpaceSpec space = null;
        SpaceSpec index = null;
        Num ci = null;
        Pct used = null;
        boolean ecr = false;
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (ClusterOptionContext o : x.clusterOption()) {
            once(seen, o.getClass(), o);
            if (o instanceof ClusterSpaceContext v) {
                space = space(v.spaceSpec());
            } else if (o instanceof ClusterIndexSpaceContext v) {
                index = space(v.spaceSpec());
            } else if (o instanceof ClusterCiContext v) {
                ci = number(v.number());
            } else if (o instanceof ClusterUsedContext v) {
                used = percent(v.percent());
            } else if (o instanceof ClusterEcrContext v) {
                ecr = true;
            }
        }
        return new ClusterStatement(pos(x), string(x.string()), name(x.name()), volumes(x.volumes()), space, index, ci,
                used, ecr);
    }

    private AixStatement aix(AixStatementContext x) {
        SpaceSpec space = null;
        Num ci = null;
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (AixOptionContext o : x.aixOption()) {
            once(seen, o.getClass(), o);
            if (o instanceof AixSpaceContext v) {
                space = space(v.spaceSpec());
            } else if (o instanceof AixCiContext v) {
                ci = number(v.number());
            }
        }
        return new AixStatement(pos(x), string(x.string(0)), string(x.string(1)), volumes(x.volumes()), space, ci);
    }

    private SpaceSpec space(SpaceSpecContext x) {
        boolean contig = x.CONTIG() != null;
        if (x.BLK() != null) {
            return new SpaceSpec(pos(x), "blk", number(x.number(0)), number(x.number(1)),
                    x.number().size() > 2 ? number(x.number(2)) : null, contig);
        }
        return new SpaceSpec(pos(x), x.unit.getText().toLowerCase(Locale.ROOT), null, number(x.number(0)),
                x.number().size() > 1 ? number(x.number(1)) : null, contig);
    }

    private PopulateStatement populate(PopulateStatementContext x) {
        Pct fill = null;
        Num seed = null;
        Pct vsam = null;
        Pct multiVolume = null;
        Pct multiExtent = null;
        Num spread = null;
        Pct used = null;
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (PopulateOptionContext o : x.populateOption()) {
            once(seen, o.getClass(), o);
            if (o instanceof PopulateFillContext v) {
                fill = percent(v.percent());
            } else if (o instanceof PopulateSeedContext v) {
                seed = number(v.number());
            } else if (o instanceof PopulateVsamContext v) {
                vsam = percent(v.percent());
            } else if (o instanceof PopulateMultiVolumeContext v) {
                multiVolume = percent(v.percent());
            } else if (o instanceof PopulateMultiExtentContext v) {
                multiExtent = percent(v.percent());
            } else if (o instanceof PopulateSpreadContext v) {
                spread = number(v.number());
            } else if (o instanceof PopulateUsedContext v) {
                used = percent(v.percent());
            }
        }
        return new PopulateStatement(pos(x), volumes(x.volumes()), number(x.number()), strings(x.strings()), fill, seed,
                vsam, multiVolume, multiExtent, spread, used);
    }

    private TimingSetting timing(TimingSettingContext x) {
        if (x instanceof DeviceTimingContext d) {
            return new TimingSetting.Device(pos(d), d.family.getText(),
                    d.READ() == null ? null : duration(d.duration(0)),
                    d.WRITE() == null ? null : duration(d.duration(d.READ() == null ? 0 : 1)));
        } else if (x instanceof ChannelTimingContext c) {
            return new TimingSetting.Channel(pos(c), number(c.number()), name(c.unitName),
                    name(c.perName));
        } else if (x instanceof ServersTimingContext s) {
            return new TimingSetting.Servers(pos(s), number(s.number()),
                    s.volumes() == null ? null : volumes(s.volumes()));
        }
        throw new IllegalStateException("unknown timing setting " + x.getText());
    }

    // --- Activity

    private ApplicationStatement application(ApplicationStatementContext x) {
        Rate writes = null;
        Pct hot = null;
        Pct hotShare = null;
        String distribution = null;
        Pct reads = null;
        boolean records = false;
        boolean buffered = false;
        Dur flush = null;
        Dur close = null;
        Dur open = null;
        Num max = null;
        boolean stopped = false;
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (ApplicationOptionContext o : x.applicationOption()) {
            // hot, uniform and append all say where the writes go: one of them.
            once(seen, o instanceof AppHotContext || o instanceof AppUniformContext || o instanceof AppAppendContext
                    ? DISTRIBUTION : o.getClass(), o);
            if (o instanceof AppWritesContext v) {
                writes = rate(v.rate());
            } else if (o instanceof AppHotContext v) {
                hot = percent(v.percent(0));
                hotShare = v.percent().size() > 1 ? percent(v.percent(1)) : null;
                distribution = "hotspot";
            
            } else if (o instanceof AppUniformContext v) {
                distribution = "uniform";
            } else if (o instanceof AppAppendContext v) {
                distribution = "append";
            } else if (o instanceof AppReadsContext v) {
                reads = percent(v.percent());
            } else if (o instanceof AppRecordsContext v) {
                records = true;
            } else if (o instanceof AppBufferedContext v) {
                buffered = true;
                flush = v.duration() == null ? null : duration(v.duration());
            
            } else if (o instanceof AppCloseTakesContext v) {
                close = duration(v.duration());
            } else if (o instanceof AppOpenTakesContext v) {
                open = duration(v.duration());
            } else if (o instanceof AppMaxContext v) {
                max = number(v.number());
            } else if (o instanceof AppStoppedContext v) {
                stopped = true;
            }
        }
        return new ApplicationStatement(pos(x), name(x.name(0)), name(x.name(1)), strings(x.strings()), writes, hot,
                hotShare, distribution, reads, records, buffered, flush, close, open, max, stopped);
    }

    private Rate rate(RateContext x) {
        return new Rate(pos(x), number(x.number()), name(x.per));
    }

    private ChurnStatement churn(ChurnStatementContext x) {
        Rate rate = null;
        List<Name> only = List.of();
        Name image = null;
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (ChurnOptionContext o : x.churnOption()) {
            once(seen, o.getClass(), o);
            if (o instanceof ChurnRateContext v) {
                rate = new Rate(pos(v), number(v.number()), name(v.per));
            } else if (o instanceof ChurnOnlyContext v) {
                only = names(v.names());
            } else if (o instanceof ChurnFromContext v) {
                image = name(v.name());
            }
        }
        return new ChurnStatement(pos(x), name(x.name()), strings(x.strings()), volumes(x.volumes()), rate, only, image);
    }

    // --- Migrations

    private Selection selection(SelectionContext x) {
        if (x instanceof DatasetSelectionContext d) {
            return new Selection.Datasets(pos(d), strings(d.strings(0)),
                    d.strings().size() > 1 ? strings(d.strings(1)) : List.of(),
                    d.volumes() == null ? null : volumes(d.volumes()));
        }
        VolumeSelectionContext v = (VolumeSelectionContext) x;
        return new Selection.Volumes(pos(v), v.volumes() == null ? null : volumes(v.volumes()),
                v.POOL() == null ? null : name(v.name()), v.strings() == null ? List.of() : strings(v.strings()));
    }

    private List<MigrationOption> options(MigrationOptionsContext x) {
        if (x == null) {
            return List.of();
        }
        List<MigrationOption> list = new ArrayList<>();
        for (MigrationOptionContext o : x.migrationOption()) {
            Pos p = pos(o);
            if (o instanceof ResyncEveryContext v) {
                list.add(new MigrationOption.ResyncEvery(p, duration(v.duration())));
            } else if (o instanceof CloseWhenContext v) {
                list.add(new MigrationOption.CloseWhen(p, number(v.number())));
            } else if (o instanceof PassLimitContext v) {
                list.add(new MigrationOption.Passes(p, number(v.number())));
            } else if (o instanceof TimeLimitContext v) {
                list.add(new MigrationOption.TimeLimit(p, duration(v.duration())));
            } else if (o instanceof CloseTimeoutContext v) {
                list.add(new MigrationOption.CloseTimeout(p, duration(v.duration())));
            } else if (o instanceof KeepSourceContext v) {
                list.add(new MigrationOption.KeepSource(p));
            } else if (o instanceof VerifyOptionContext v) {
                list.add(new MigrationOption.Verify(p));
            } else if (o instanceof ReconcileWhenContext v) {
                list.add(new MigrationOption.Reconcile(p, v.MIRRORING() != null));
            } else if (o instanceof CopyDepthContext v) {
                list.add(new MigrationOption.Depth(p, number(v.number())));
            } else if (o instanceof OfflineContext v) {
                list.add(new MigrationOption.Offline(p));
            } else {
                throw new IllegalStateException("unknown option " + o.getText());
            }
        }
        return list;
    }

    private HookStatement hook(HookStatementContext x) {
        String event = x.hookEvent() instanceof CloseRequestContext ? "close request" : "reconcile";
        Name migration = name(x.name());
        if (x.hookBody() instanceof InlineHookContext inline) {
            Token t = inline.GROOVY_BLOCK().getSymbol();
            String text = t.getText();
            String code = text.substring(3, text.length() - 3);
            Pos codePos = new Pos(file, t.getLine(), t.getCharPositionInLine() + 4, code.length());
            return new HookStatement(pos(x), event, migration, code, codePos, null);
        }
        FileHookContext f = (FileHookContext) x.hookBody();
        return new HookStatement(pos(x), event, migration, null, null, string(f.string()));
    }

    private RunStatement run(RunStatementContext x) {
        if (x instanceof RunForContext r) {
            return new RunStatement(pos(r), "for", duration(r.duration()), null);
        } else if (x instanceof RunUntilDoneContext r) {
            return new RunStatement(pos(r), "until done", null, name(r.name()));
        } else if (x instanceof RunUntilAllDoneContext r) {
            return new RunStatement(pos(r), "until all done", null, null);
        } else if (x instanceof RunUntilDowntimeContext r) {
            return new RunStatement(pos(r), "until downtime", null, name(r.name()));
        }
        return new RunStatement(pos(x), "all", null, null);
    }

    private ShowStatement show(ShowStatementContext x) {
        Pos p = pos(x);
        if (x instanceof ShowVolumeContext v) {
            return new ShowStatement(p, "volume", v.volser().getText(), pos(v.volser()), v.MAP() != null);
        } else if (x instanceof ShowDatasetsContext v) {
            Str mask = string(v.string());
            return new ShowStatement(p, "datasets", mask.literal(), pos(v.string()), false, mask);
        } else if (x instanceof ShowTableContext v) {
            return new ShowStatement(p, "table", v.name().getText(), pos(v.name()), false);
        } else if (x instanceof ShowTimelineContext v) {
            return new ShowStatement(p, "timeline", v.name().getText(), pos(v.name()), false);
        } else if (x instanceof ShowEventsContext v) {
            return new ShowStatement(p, "events", v.name().getText(), pos(v.name()), false);
        } else if (x instanceof ShowApplicationsContext v) {
            return new ShowStatement(p, "applications", null, null, false);
        } else if (x instanceof ShowImagesContext v) {
            return new ShowStatement(p, "images", null, null, false);
        } else if (x instanceof ShowVolumesContext v) {
            return new ShowStatement(p, "volumes", null, null, false);
        } else if (x instanceof ShowMigrationsContext v) {
            return new ShowStatement(p, "migrations", null, null, false);
        } else if (x instanceof ShowChurnContext v) {
            return new ShowStatement(p, "churn", v.name() == null ? null : v.name().getText(),
                    v.name() == null ? null : pos(v.name()), false);
        }
        throw new IllegalStateException("unknown show " + x.getText());
    }

    // --- Values

    private Params.ParamValue paramValue(ParamValueContext x) {
        if (x.string() != null) {
            return string(x.string());
        }
        if (x.duration() != null) {
            return duration(x.duration());
        }
        if (x.percent() != null) {
            return percent(x.percent());
        }
        if (x.number() != null) {
            return number(x.number());
        }
        return volumes(x.volumes());
    }

    private Vols volumes(VolumesContext x) {
        List<Vols.Item> items = new ArrayList<>();
        for (VolumeItemContext i : x.volumeItem()) {
            if (i.PARAM_REF() != null) {
                items.add(new Vols.Item(pos(i), null, null, param(i.PARAM_REF())));
            } else {
                items.add(new Vols.Item(pos(i), i.volser(0).getText(), i.volser().size() > 1 ? i.volser(1).getText() : null,
                        null));
            }
        }
        return new Vols(pos(x), items);
    }

    private List<Str> strings(StringsContext x) {
        return x.string().stream().map(this::string).toList();
    }

    private Str string(StringContext x) {
        if (x.PARAM_REF() != null) {
            return new Str(pos(x), null, param(x.PARAM_REF()));
        }
        String text = x.STRING().getText();
        String inner = text.substring(1, text.length() - 1);
        return Str.of(pos(x), text.charAt(0) == '\'' ? inner.replace("''", "'") : inner);
    }

    private Num number(NumberContext x) {
        if (x.PARAM_REF() != null) {
            return new Num(pos(x), 0, param(x.PARAM_REF()));
        }
        return new Num(pos(x), Double.parseDouble(x.NUMBER().getText().replace("_", "")), null);
    }

    private Dur duration(DurationContext x) {
        if (x.PARAM_REF() != null) {
            return new Dur(pos(x), 0, param(x.PARAM_REF()));
        }
        String text = x.DURATION().getText();
        try {
            return new Dur(pos(x), SimTime.parse(text.toLowerCase(Locale.ROOT).replace("_", "")), null);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(pos(x), "'" + text + "' is not a usable duration: "
                    + e.getMessage().replaceFirst("^bad duration '[^']*': ", ""),
                    "write a duration such as 500ms, 10s, 5m, 2h or 1m30s"));
            return new Dur(pos(x), 0, null);
        }
    }

    private Pct percent(PercentContext x) {
        if (x.PARAM_REF() != null) {
            return new Pct(pos(x), 0, param(x.PARAM_REF()));
        }
        String t = x.PERCENT().getText();
        return new Pct(pos(x), Double.parseDouble(t.substring(0, t.length() - 1).replace("_", "")), null);
    }

    private List<Name> names(NamesContext x) {
        return x.name().stream().map(this::name).toList();
    }

    private Name name(NameContext x) {
        return x == null ? null : new Name(pos(x), x.getText());
    }

    private static String param(TerminalNode ref) {
        String t = ref.getText();
        return t.substring(2, t.length() - 1).toUpperCase(Locale.ROOT);
    }

    private Pos pos(ParserRuleContext x) {
        Token start = x.getStart();
        Token stop = x.getStop() == null ? start : x.getStop();
        int length = start.getLine() == stop.getLine() && stop.getStopIndex() >= start.getStartIndex()
                ? stop.getStopIndex() - start.getStartIndex() + 1 : Math.max(1, start.getText().length());
        return new Pos(file, start.getLine(), start.getCharPositionInLine() + 1, length);
    }
}
