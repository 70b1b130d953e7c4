package io.dsmig.dsl.render;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.volume.MapArea;
import io.dsmig.sim.volume.Volume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A picture of where everything is on a volume: a grid of cells in address order, each showing what
 * holds most of its tracks — a letter per data set (the largest ones; {@code *} for the rest),
 * {@code V} for the VTOC, {@code L} for the label, {@code .} for free space — with a legend.
 */
final class VolumeMap {

    /** Cells a row holds at most, and at least; what a row holds besides its cells. */
    static final int COLUMNS_MAX = 64;
    static final int COLUMNS_MIN = 24;
    private static final int AROUND_CELLS = 13;
    static final int ROWS = 16;
    private static final String LETTERS = "ABCDEFGHIJKMNOPQRSTUWXYZ";

    private VolumeMap() {
    }

    static List<String> draw(Volume v, boolean rich, int width) {
        int columns = Math.max(COLUMNS_MIN, Math.min(COLUMNS_MAX, width - AROUND_CELLS));
        List<MapArea> areas = v.map();
        Map<DataSetName, Character> letters = letters(areas);
        int cells = columns * ROWS;
        double perCell = (double) v.trackCount() / cells;
        char[] grid = new char[cells];
        int a = 0;
        for (int c = 0; c < cells; c++) {
            long from = (long) Math.floor(c * perCell);
            long to = Math.max(from + 1, (long) Math.floor((c + 1) * perCell));
            while (a < areas.size() - 1 && areas.get(a).extent().endTrack() <= from) {
                a++;
            }
            grid[c] = dominant(areas, a, from, to, letters);
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s (%s): %,d tracks, %.1f%% used; one cell = %,.0f tracks", v.volser(),
                v.type(), v.trackCount(), v.usedPercent(), perCell));
        for (int r = 0; r < ROWS; r++) {
            String row = new String(grid, r * columns, columns);
            lines.add(String.format(Locale.ROOT, "  %8s |%s|", String.format("%,d", (long) (r * columns * perCell)),
                    rich ? row.replace('.', '·') : row));
        }
        lines.add("  L label  V VTOC  . free  * other data sets");
        letters.forEach((name, letter) -> lines.add("  " + letter + " " + name + " (" + String.format(Locale.ROOT, "%,d",
                tracksOf(areas, name)) + " tracks)"));
        return lines;
    }

    /** Letters for the largest data sets, in order of size. */
    private static Map<DataSetName, Character> letters(List<MapArea> areas) {
        Map<DataSetName, Long> sizes = new HashMap<>();
        for (MapArea m : areas) {
            if (m.kind() == MapArea.Kind.DATA_SET) {
                sizes.merge(m.dataSet(), (long) m.extent().trackCount(), Long::sum);
            }
        }
        List<DataSetName> order = new ArrayList<>(sizes.keySet());
        order.sort(Comparator.comparingLong((DataSetName n) -> -sizes.get(n)).thenComparing(Comparator.naturalOrder()));
        Map<DataSetName, Character> letters = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(order.size(), LETTERS.length()); i++) {
            letters.put(order.get(i), LETTERS.charAt(i));
        }
        return letters;
    }

    private static char dominant(List<MapArea> areas, int start, long from, long to, Map<DataSetName, Character> letters) {
        Map<Character, Long> weight = new HashMap<>();
        for (int i = start; i < areas.size(); i++) {
            MapArea m = areas.get(i);
            long lo = Math.max(from, m.extent().firstTrack());
            long hi = Math.min(to, m.extent().endTrack());
            if (m.extent().firstTrack() >= to) {
                break;
            }
            if (hi > lo) {
                weight.merge(symbol(m, letters), hi - lo, Long::sum);
            }
        }
        return weight.entrySet().stream().max(Map.Entry.<Character, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse('.');
    }

    private static char symbol(MapArea m, Map<DataSetName, Character> letters) {
        return switch (m.kind()) {
            case LABEL -> 'L';
            case VTOC -> 'V';
            case FREE -> '.';
            case DATA_SET -> letters.getOrDefault(m.dataSet(), '*');
        };
    }

    private static long tracksOf(List<MapArea> areas, DataSetName name) {
        return areas.stream().filter(m -> name.equals(m.dataSet())).mapToLong(m -> m.extent().trackCount()).sum();
    }
}
