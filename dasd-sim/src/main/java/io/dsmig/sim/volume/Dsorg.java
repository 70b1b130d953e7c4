package io.dsmig.sim.volume;

import java.util.Locale;

/**
 * Data set organization, with the extent limits z/OS enforces for each (DESIGN §2): sequential and
 * direct 16 per volume; PDS 16 in all and one volume; extended-format sequential and PDSE 123 per
 * volume (PDSE one volume); VSAM components 123 per volume and 255 in all, unless extent constraint
 * removal is in effect.
 */
public enum Dsorg {
    PS("PS", "sequential data set", 16, Integer.MAX_VALUE, true),
    PS_E("PS-E", "extended-format sequential data set", 123, Integer.MAX_VALUE, true),
    PO("PO", "partitioned data set (PDS)", 16, 16, false),
    PO_E("PO-E", "PDSE", 123, 123, false),
    DA("DA", "direct data set", 16, Integer.MAX_VALUE, true),
    VSAM("VS", "VSAM component", 123, 255, true);

    /** VSAM components with extent constraint removal may have this many extents in all. */
    public static final int VSAM_EXTENTS_MAX_WITH_ECR = 7_257;

    /** No data set spans more volumes than this. */
    public static final int VOLUMES_MAX = 59;

    private final String label;
    private final String description;
    private final int extentsPerVolumeMax;
    private final int extentsMax;
    private final boolean multiVolume;

    Dsorg(String label, String description, int extentsPerVolumeMax, int extentsMax, boolean multiVolume) {
        this.label = label;
        this.description = description;
        this.extentsPerVolumeMax = extentsPerVolumeMax;
        this.extentsMax = extentsMax;
        this.multiVolume = multiVolume;
    }

    /** As z/OS prints it: {@code PS}, {@code PO-E}, {@code VS}. */
    public String label() {
        return label;
    }

    /** In words, for messages: "a sequential data set". */
    public String description() {
        return description;
    }

    public int extentsPerVolumeMax() {
        return extentsPerVolumeMax;
    }

    /** The limit over all volumes (for VSAM without extent constraint removal). */
    public int extentsMax() {
        return extentsMax;
    }

    public int extentsMax(boolean extentConstraintRemoval) {
        return this == VSAM && extentConstraintRemoval ? VSAM_EXTENTS_MAX_WITH_ECR : extentsMax;
    }

    /** Whether a data set of this organization may span several volumes. */
    public boolean multiVolume() {
        return multiVolume;
    }

    /** Parses {@code PS}, {@code PS-E}, {@code PO}, {@code PO-E}, {@code PDSE}, {@code DA}, {@code VS}/{@code VSAM}. */
    public static Dsorg parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Dsorg d : values()) {
            if (d.label.equals(t) || d.name().equals(t)) {
                return d;
            }
        }
        return switch (t) {
            case "PDSE", "LIBRARY" -> PO_E;
            case "PDS" -> PO;
            case "VSAM" -> VSAM;
            default -> throw new IllegalArgumentException("'" + text
                    + "' is not a data set organization (use PS, PS-E, PO, PO-E, DA or VS)");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
