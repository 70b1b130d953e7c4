package io.dsmig.engine;

import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import java.util.List;

/**
 * What a migration moves. Either data set masks with excludes, found through the catalogs
 * ({@link ByMasks}), or every data set on a list of source volumes, found through their VTOCs
 * ({@link ByVolumes}). VSAM spheres are always taken whole.
 */
public sealed interface Selection {

    /** Data sets whose names match {@code include} and none of {@code exclude}. If
     *  {@code fromVolumes} is not empty, every selected data set must lie wholly on those volumes. */
    record ByMasks(List<Mask> include, List<Mask> exclude, List<Volser> fromVolumes) implements Selection {
        public ByMasks {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
            fromVolumes = List.copyOf(fromVolumes);
            if (include.isEmpty()) {
                throw new IllegalArgumentException("a selection by masks needs at least one mask");
            }
        }
    }

    /** Every data set with space on {@code volumes}, except those matching {@code exclude}. */
    record ByVolumes(List<Volser> volumes, List<Mask> exclude) implements Selection {
        public ByVolumes {
            volumes = List.copyOf(volumes);
            exclude = List.copyOf(exclude);
            if (volumes.isEmpty()) {
                throw new IllegalArgumentException("a selection by volumes needs at least one volume");
            }
        }
    }

    static Selection masks(String... masks) {
        return new ByMasks(java.util.Arrays.stream(masks).map(Mask::parse).toList(), List.of(), List.of());
    }

    static Selection volumes(List<Volser> volumes) {
        return new ByVolumes(volumes, List.of());
    }
}
