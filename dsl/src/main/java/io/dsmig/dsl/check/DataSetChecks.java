package io.dsmig.dsl.check;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Hints;
import io.dsmig.dsl.ast.AixStatement;
import io.dsmig.dsl.ast.AliasStatement;
import io.dsmig.dsl.ast.CatalogStatement;
import io.dsmig.dsl.ast.ClusterStatement;
import io.dsmig.dsl.ast.DatasetStatement;
import io.dsmig.dsl.ast.Name;
import io.dsmig.dsl.ast.Params;
import io.dsmig.dsl.ast.PathStatement;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.volume.Dsorg;
import io.dsmig.sim.volume.Recfm;
import io.dsmig.sim.vsam.VsamType;
import java.util.List;

/**
 * Catalogs and what they hold, declared one by one: catalogs and their aliases, non-VSAM data sets,
 * VSAM clusters, alternate indexes and paths. Names are valid and defined once, what a statement
 * builds on (a catalog, a base cluster, an alternate index) is defined before it, and each data set
 * has a space request and as many volumes as its organisation allows.
 */
final class DataSetChecks {

    private final Symbols symbols;
    private final Diagnostics diagnostics;
    private final ValueChecks values;

    DataSetChecks(Symbols symbols, Diagnostics diagnostics, ValueChecks values) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
        this.values = values;
    }

    void catalog(CatalogStatement x, Params p) {
        String name = values.dataSetName(x.name(), p);
        if (name != null && !symbols.catalogs.add(name)) {
            diagnostics.error(x.name().pos(), "catalog " + name + " is already defined", "");
        }
        aliases(x.aliases(), p);
        symbols.worldStarted();
    }

    void alias(AliasStatement x, Params p) {
        String name = values.dataSetName(x.catalog(), p);
        if (name != null && !symbols.catalogs.contains(name)) {
            diagnostics.error(x.catalog().pos(), "catalog " + name + " is not defined",
                    Hints.didYouMean(name, symbols.catalogs, "define it first: catalog '" + name + "'"));
        }
        aliases(x.aliases(), p);
    }

    private void aliases(List<Name> names, Params p) {
        for (Name a : names) {
            if (!a.upper(p).matches("[A-Z#@$][A-Z0-9#@$\\-]{0,7}")) {
                diagnostics.error(a.pos(), "'" + a + "' is not a valid alias: an alias is one high-level qualifier", "");
            } else if (!symbols.aliases.add(a.upper(p))) {
                diagnostics.error(a.pos(), "alias " + a.upper(p) + " is already defined", "");
            }
        }
    }

    void dataset(DatasetStatement x, Params p) {
        String name = values.dataSetName(x.name(), p);
        values.noneTwice(x.volumes(), values.volsers(x.volumes(), p, true));
        if (x.space() == null) {
            diagnostics.error(x.pos(), "data set " + name + " needs a space request", "add: space cyl 10 1 (or trk, or blk)");
        } else {
            values.space(x.space(), p);
        }
        Dsorg dsorg = dsorg(x);
        if (x.volumes().items().size() > 1 && !dsorg.multiVolume()) {
            diagnostics.error(x.volumes().pos(), "a " + dsorg.description() + " lives on one volume", "name one volume");
        }
        if (x.recfm() != null) {
            try {
                Recfm.of(x.recfm().text());
            } catch (IllegalArgumentException e) {
                diagnostics.error(x.recfm().pos(), e.getMessage(), "");
            }
        }
        if (x.lrecl() != null) {
            values.wholeNumber(x.lrecl(), p, 1, 32_760, "LRECL");
        }
        if (x.blksize() != null) {
            values.wholeNumber(x.blksize(), p, 1, 32_760, "BLKSIZE");
        }
        if (x.keylen() != null) {
            values.wholeNumber(x.keylen(), p, 0, 255, "the key length");
        }
        values.percent(x.used(), p, 0, 100, "used");
        if (name != null && !symbols.dataSets.add(name)) {
            diagnostics.error(x.name().pos(), "data set " + name + " is already defined", "");
        }
    }

    /** The data set's organisation, PS when it names none; a VSAM one is reported (it takes 'cluster'). */
    private Dsorg dsorg(DatasetStatement x) {
        Dsorg dsorg = Dsorg.PS;
        if (x.dsorg() == null) {
            return dsorg;
        }
        try {
            dsorg = Dsorg.parse(x.dsorg().text());
        } catch (IllegalArgumentException e) {
            diagnostics.error(x.dsorg().pos(), e.getMessage(), Hints.didYouMean(x.dsorg().text(),
                    List.of("PS", "PS-E", "PO", "PO-E", "DA"), ""));
        }
        if (dsorg == Dsorg.VSAM) {
            diagnostics.error(x.dsorg().pos(), "a VSAM data set is defined with 'cluster', not 'dataset'", "");
        }
        return dsorg;
    }

    void cluster(ClusterStatement x, Params p) {
        String name = values.dataSetName(x.name(), p);
        try {
            VsamType.parse(x.type().text());
        } catch (IllegalArgumentException e) {
            diagnostics.error(x.type().pos(), e.getMessage(), Hints.didYouMean(x.type().text(),
                    List.of("KSDS", "ESDS", "RRDS", "LDS"), ""));
        }
        values.noneTwice(x.volumes(), values.volsers(x.volumes(), p, true));
        if (x.space() == null) {
            diagnostics.error(x.pos(), "cluster " + name + " needs a space request", "add: space cyl 10 1");
        } else {
            values.space(x.space(), p);
        }
        if (x.indexSpace() != null) {
            values.space(x.indexSpace(), p);
        }
        values.ciSize(x.ciSize(), p);
        values.percent(x.used(), p, 0, 100, "used");
        if (name != null && name.length() > DataSetName.LENGTH_MAX - ".INDEX".length()) {
            diagnostics.error(x.name().pos(), "cluster name " + name + " leaves no room for its component names",
                    "use at most " + (DataSetName.LENGTH_MAX - ".INDEX".length()) + " characters");
        } else if (name != null && !symbols.dataSets.add(name)) {
            diagnostics.error(x.name().pos(), "data set " + name + " is already defined", "");
        } else if (name != null) {
            symbols.clusters.add(name);
        }
    }

    void aix(AixStatement x, Params p) {
        String name = values.dataSetName(x.name(), p);
        String base = values.dataSetName(x.base(), p);
        if (base != null && !symbols.clusters.contains(base)) {
            diagnostics.error(x.base().pos(), "cluster " + base + " is not defined",
                    Hints.didYouMean(base, symbols.clusters, "define the base cluster first"));
        }
        values.noneTwice(x.volumes(), values.volsers(x.volumes(), p, true));
        if (x.space() == null) {
            diagnostics.error(x.pos(), "alternate index " + name + " needs a space request", "add: space trk 10 1");
        } else {
            values.space(x.space(), p);
        }
        values.ciSize(x.ciSize(), p);
        if (name != null) {
            symbols.aixes.add(name);
            symbols.dataSets.add(name);
        }
    }

    void path(PathStatement x, Params p) {
        values.dataSetName(x.name(), p);
        String aix = values.dataSetName(x.aix(), p);
        if (aix != null && !symbols.aixes.contains(aix)) {
            diagnostics.error(x.aix().pos(), "alternate index " + aix + " is not defined",
                    Hints.didYouMean(aix, symbols.aixes, "define it with 'aix' first"));
        }
    }
}
