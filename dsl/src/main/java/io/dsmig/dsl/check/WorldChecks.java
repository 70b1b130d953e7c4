package io.dsmig.dsl.check;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Hints;
import io.dsmig.dsl.ast.ImageStatement;
import io.dsmig.dsl.ast.Name;
import io.dsmig.dsl.ast.Params;
import io.dsmig.dsl.ast.PopulateStatement;
import io.dsmig.dsl.ast.TimingSetting;
import io.dsmig.dsl.ast.TimingStatement;
import io.dsmig.dsl.ast.VolumeStatement;
import io.dsmig.sim.geometry.DeviceType;
import io.dsmig.sim.name.Volser;
import java.util.Set;

/**
 * The hardware of the world: images (systems), volumes with their device types and storage groups,
 * volumes populated with generated data sets, and the timing of devices, channels and servers.
 * Image and volume names are valid and defined once. An image, a volume or a populate statement starts
 * the world (a catalog does too), so a seed after it comes too late.
 */
final class WorldChecks {

    private final Symbols symbols;
    private final Diagnostics diagnostics;
    private final ValueChecks values;
    private final ReferenceChecks refs;

    WorldChecks(Symbols symbols, Diagnostics diagnostics, ValueChecks values, ReferenceChecks refs) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
        this.values = values;
        this.refs = refs;
    }

    void image(ImageStatement x, Params p) {
        for (Name n : x.names()) {
            if (!n.upper(p).matches("[A-Z#@$][A-Z0-9#@$]{0,7}")) {
                diagnostics.error(n.pos(), "'" + n + "' is not a valid image name",
                        "an image name has 1 to 8 characters of A-Z, 0-9, #, @, $ and does not start with a digit");
            } else if (symbols.images.contains(n.upper(p))) {
                diagnostics.error(n.pos(), "image " + n.upper(p) + " is already defined", "");
            } else {
                symbols.addImage(n.upper(p));
            }
        }
    }

    void volume(VolumeStatement x, Params p) {
        try {
            DeviceType.parse(x.device().text());
        } catch (IllegalArgumentException e) {
            diagnostics.error(x.device().pos(), e.getMessage(), Hints.didYouMean(x.device().text(),
                    DeviceType.standardNames(), "a device type is like 3390-3, 3380-K or 3390-A:262668"));
        }
        x.onlineTo().forEach(n -> refs.knownImage(n, p));
        if (x.vtocTracks() != null) {
            values.wholeNumber(x.vtocTracks(), p, 1, 100_000, "the VTOC size");
        }
        if (x.servers() != null) {
            values.wholeNumber(x.servers(), p, 1, 256, "servers");
        }
        if (x.pool() != null && !x.pool().upper(p).matches("[A-Z#@$][A-Z0-9#@$]{0,7}")) {
            diagnostics.error(x.pool().pos(), "'" + x.pool() + "' is not a valid storage group name",
                    "1 to 8 characters of A-Z, 0-9, #, @, $");
        }
        for (Volser v : values.volsers(x.volumes(), p, false)) {
            if (symbols.volumes.contains(v.value())) {
                diagnostics.error(x.volumes().pos(), "volume " + v + " is already defined", "");
            } else {
                symbols.addVolume(v.value(), x.pool() == null ? null : x.pool().upper(p));
            }
        }
    }

    void populate(PopulateStatement x, Params p) {
        values.volsers(x.volumes(), p, true);
        values.wholeNumber(x.count(), p, 1, 1_000_000, "the number of data sets");
        x.masks().forEach(m -> values.mask(m, p));
        values.percent(x.fill(), p, 0.001, 95, "fill");
        if (x.seed() != null) {
            values.wholeNumber(x.seed(), p, 0, Long.MAX_VALUE, "the seed");
        }
        values.percent(x.vsam(), p, 0, 100, "vsam");
        values.percent(x.multiVolume(), p, 0, 100, "multivolume");
        values.percent(x.multiExtent(), p, 0, 100, "multiextent");
        values.percent(x.used(), p, 0, 100, "used");
        if (x.spread() != null) {
            values.number(x.spread(), p, 0, 4, "the size spread");
        }
        symbols.worldStarted();
    }

    void timing(TimingStatement x, Params p) {
        for (TimingSetting t : x.settings()) {
            if (t instanceof TimingSetting.Device d) {
                device(d, p);
            } else if (t instanceof TimingSetting.Channel c) {
                channel(c, p);
            } else if (t instanceof TimingSetting.Servers s) {
                servers(s, p);
            }
        }
    }

    private void device(TimingSetting.Device d, Params p) {
        if (!d.family().equals("3390") && !d.family().equals("3380")) {
            diagnostics.error(d.pos(), "'" + d.family() + "' is not a device family", "use 3390 or 3380");
        }
        if (d.read() == null && d.write() == null) {
            diagnostics.error(d.pos(), "say what to set: read TIME, write TIME or both", "");
        }
        values.duration(d.read(), p, 1_000, 10_000_000_000L, "the read time");
        values.duration(d.write(), p, 1_000, 10_000_000_000L, "the write time");
    }

    private void channel(TimingSetting.Channel c, Params p) {
        values.number(c.amount(), p, 0.001, 1_000_000, "the channel bandwidth");
        if (!Set.of("KB", "MB", "GB").contains(c.unit().upper(p)) || !ValueChecks.isPerSecond(c.per())) {
            diagnostics.error(c.pos(), "channel bandwidth is written like 800 MB/s", "units: KB/s, MB/s, GB/s");
        }
    }

    private void servers(TimingSetting.Servers s, Params p) {
        values.wholeNumber(s.servers(), p, 1, 256, "servers");
        if (s.volumes() != null) {
            values.volsers(s.volumes(), p, true);
        }
    }
}
