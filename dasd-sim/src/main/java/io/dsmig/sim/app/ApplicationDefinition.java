package io.dsmig.sim.app;

import io.dsmig.sim.name.Mask;
import java.util.List;

/** An application to run: its name, the image it runs on, the masks of the data sets it opens, its workload. */
public record ApplicationDefinition(String name, String image, List<Mask> masks, Workload workload) {

    public ApplicationDefinition {
        masks = List.copyOf(masks);
        if (masks.isEmpty()) {
            throw new IllegalArgumentException("application " + name + " opens no data sets: give it a mask");
        }
        if (!name.matches("[A-Za-z#@$][A-Za-z0-9#@$]{0,7}")) {
            throw new IllegalArgumentException("'" + name + "' is not a valid application name (1 to 8 characters "
                    + "of A-Z, 0-9, #, @, $, not starting with a digit)");
        }
        name = name.toUpperCase(java.util.Locale.ROOT);
    }

    public static ApplicationDefinition of(String name, String image, String mask, Workload workload) {
        return new ApplicationDefinition(name, image, List.of(Mask.parse(mask)), workload);
    }
}
