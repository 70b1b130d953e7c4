package io.dsmig.sim.sysplex;

import io.dsmig.sim.catalog.CatalogCache;
import io.dsmig.sim.io.IoPath;

/**
 * One system image (LPAR) of the sysplex: whether it is up, whether it can host an I/O monitor, its
 * own cache of catalog records, and its I/O path. Applications run on an image; all their I/O goes
 * through its path.
 */
public final class Image {

    private final String name;
    private final Sysplex sysplex;
    private final CatalogCache catalogCache;
    private IoPath ioPath;
    private boolean up = true;
    private boolean canHostMonitor = true;

    Image(String name, Sysplex sysplex, CatalogCache catalogCache) {
        this.name = name;
        this.sysplex = sysplex;
        this.catalogCache = catalogCache;
    }

    void attach(IoPath path) {
        this.ioPath = path;
    }

    public String name() {
        return name;
    }

    public boolean isUp() {
        return up;
    }

    public boolean canHostMonitor() {
        return canHostMonitor && up;
    }

    /** Marks whether this image can host an I/O monitor (a back-level system cannot). */
    public void setCanHostMonitor(boolean value) {
        canHostMonitor = value;
    }

    public CatalogCache catalogCache() {
        return catalogCache;
    }

    public IoPath ioPath() {
        return ioPath;
    }

    /** Takes the image down: its I/O fails from now on and everyone listening is told. */
    public void markDown() {
        if (up) {
            up = false;
            sysplex.imageChanged(this);
        }
    }

    /** Brings the image back up, with an empty catalog cache, as after an IPL. */
    public void markUp() {
        if (!up) {
            up = true;
            catalogCache.invalidateAll();
            sysplex.imageChanged(this);
        }
    }

    @Override
    public String toString() {
        return name + (up ? "" : " (down)");
    }
}
