package io.dsmig.sim.dataset;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.SpaceRequest;
import io.dsmig.sim.vsam.VsamType;
import java.util.List;

/**
 * A VSAM cluster to define: name, type, volumes (space on the first, the rest candidates), the data
 * component's space, the index component's space (KSDS only; null for a size derived from the data),
 * the control interval size, and whether extent constraint removal applies. Components are named
 * {@code cluster.DATA} and {@code cluster.INDEX}.
 */
public record NewCluster(DataSetName name, VsamType type, List<Volser> volumes, SpaceRequest dataSpace,
        SpaceRequest indexSpace, int ciSize, boolean extentConstraintRemoval) {

    public NewCluster {
        volumes = List.copyOf(volumes);
        if (volumes.isEmpty()) {
            throw new IllegalArgumentException(name + ": name at least one volume");
        }
        if (type == VsamType.LDS && ciSize != 4_096) {
            throw new IllegalArgumentException(name + ": a linear data set has 4096-byte control intervals");
        }
        if (name.qualifierCount() > 0 && name.value().length() > DataSetName.LENGTH_MAX - ".INDEX".length()) {
            throw new IllegalArgumentException(name + ": the cluster name leaves no room for its component names "
                    + "(at most " + (DataSetName.LENGTH_MAX - ".INDEX".length()) + " characters)");
        }
        if (dataSpace.primary() < 1) {
            throw new IllegalArgumentException(name + ": the primary space quantity must be at least 1");
        }
    }

    public static NewCluster of(String name, VsamType type, SpaceRequest dataSpace, List<Volser> volumes) {
        return new NewCluster(DataSetName.of(name), type, volumes, dataSpace, null, 4_096, false);
    }

    public NewCluster withCiSize(int value) {
        return new NewCluster(name, type, volumes, dataSpace, indexSpace, value, extentConstraintRemoval);
    }

    public NewCluster withIndexSpace(SpaceRequest value) {
        return new NewCluster(name, type, volumes, dataSpace, value, ciSize, extentConstraintRemoval);
    }

    public NewCluster withExtentConstraintRemoval(boolean value) {
        return new NewCluster(name, type, volumes, dataSpace, indexSpace, ciSize, value);
    }

    public NewCluster withName(DataSetName value) {
        return new NewCluster(value, type, volumes, dataSpace, indexSpace, ciSize, extentConstraintRemoval);
    }

    public DataSetName dataName() {
        return DataSetName.of(name.value() + ".DATA");
    }

    public DataSetName indexName() {
        return DataSetName.of(name.value() + ".INDEX");
    }

    /** The index space: as given, or a twentieth of the data's primary (at least one track), secondary alike. */
    public SpaceRequest effectiveIndexSpace() {
        if (indexSpace != null) {
            return indexSpace;
        }
        return new SpaceRequest(dataSpace.unit(), Math.max(1, dataSpace.primary() / 20),
                Math.max(1, dataSpace.secondary() / 20), dataSpace.blockLength(), false);
    }
}
