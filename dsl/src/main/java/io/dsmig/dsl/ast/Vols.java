package io.dsmig.dsl.ast;

import io.dsmig.sim.name.Volser;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of volumes as written: volsers, ranges ({@code VOL001 .. VOL040}) and parameter references.
 */
public record Vols(Pos pos, List<Item> items) implements Params.ParamValue {

    /** One element of the list: a volser, a range, or a parameter that holds a volume list. */
    public record Item(Pos pos, String from, String to, String param) {
    }

    public Vols {
        items = List.copyOf(items);
    }

    /**
     * The volsers, ranges expanded, in order.
     *
     * @throws io.dsmig.sim.name.InvalidNameException for a bad volser or range
     */
    public List<Volser> value(Params params) {
        List<Volser> list = new ArrayList<>();
        for (Item i : items) {
            list.addAll(value(i, params));
        }
        return list;
    }

    /** The volsers of one element of the list. */
    public static List<Volser> value(Item i, Params params) {
        if (i.param() != null) {
            return Values.resolve(params, i.param(), i.pos(), Vols.class, "a volume list").value(params);
        }
        if (i.to() == null) {
            return List.of(Volser.of(i.from()));
        }
        return Volser.range(Volser.of(i.from()), Volser.of(i.to()));
    }

    @Override
    public String kind() {
        return "a volume list";
    }
}
