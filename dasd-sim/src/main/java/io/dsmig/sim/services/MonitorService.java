package io.dsmig.sim.services;

import io.dsmig.sim.io.IoMonitor;
import io.dsmig.sim.name.Volser;
import java.util.List;
import java.util.function.BiConsumer;

/** The images of the sysplex and the I/O monitors installed on them. */
public interface MonitorService {

    /** Every image, in definition order. */
    List<String> images();

    /** The images that can write the volume now: it is online to them and they are up. */
    List<String> imagesThatCanWrite(Volser volser);

    boolean isUp(String image);

    boolean canHostMonitor(String image);

    /**
     * Installs a monitor in an image's I/O path.
     *
     * @throws io.dsmig.sim.io.MonitorRefusedException when the image cannot host one
     */
    void install(String image, IoMonitor monitor);

    void remove(String image, IoMonitor monitor);

    /** Tells {@code listener} (image, up) whenever an image goes down or comes up. */
    void addImageListener(BiConsumer<String, Boolean> listener);

    void removeImageListener(BiConsumer<String, Boolean> listener);
}
