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
            if (i.param() != null) {
                list.addAll(Values.resolve(params, i.param(), i.pos(), Vols.class, "a volume list").value(params));
            } else if (i.to() == null) {
                list.add(Volser.of(i.from()));
            } else {
                list.addAll(Volser.range(Volser.of(i.from()), Volser.of(i.to())));
            }
        }
        return list;
    }

    @Override
    public String kind() {
        return "a volume list";
    }
}
