package io.dsmig.sim.sysplex;

import io.dsmig.sim.DasdException;
import io.dsmig.sim.catalog.CatalogSystem;
import io.dsmig.sim.io.IoPath;
import io.dsmig.sim.io.IoSubsystem;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.volume.Volumes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The system images of the installation and which volumes are online to which of them. A volume
 * with no explicit list is online to every image. Any image to which a volume is online, and which
 * is up, can write to it — which is why a data set mirror needs a monitor on each of them.
 */
public final class Sysplex {

    /** No sysplex has more images than this (z/OS: 32). */
    public static final int IMAGES_MAX = 32;

    private static final Pattern IMAGE_NAME = Pattern.compile("[A-Z#@$][A-Z0-9#@$]{0,7}");

    private final IoSubsystem io;
    private final CatalogSystem catalogs;
    private final Volumes volumes;
    private final Map<String, Image> images = new LinkedHashMap<>();
    private final Map<Volser, Set<String>> online = new HashMap<>();
    private final List<Consumer<Image>> listeners = new ArrayList<>();

    public Sysplex(IoSubsystem io, CatalogSystem catalogs, Volumes volumes) {
        this.io = io;
        this.catalogs = catalogs;
        this.volumes = volumes;
    }

    /** Adds an image (1–8 characters, as a system name). */
    public Image addImage(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        if (!IMAGE_NAME.matcher(n).matches()) {
            throw new DasdException("'" + name + "' is not a valid image name (1 to 8 characters of A-Z, 0-9, #, @, $, "
                    + "not starting with a digit)");
        }
        if (images.containsKey(n)) {
            throw new DasdException("image " + n + " is already defined");
        }
        if (images.size() >= IMAGES_MAX) {
            throw new DasdException("cannot add " + n + ": a sysplex has at most " + IMAGES_MAX + " images");
        }
        Image image = new Image(n, this, catalogs.newCache(n));
        image.attach(io.newPath(n, new IoPath.Access() {
            @Override
            public String refusal(Volser volser) {
                return refusalFor(image, volser);
            }

            @Override
            public boolean canHostMonitor() {
                return image.canHostMonitor();
            }
        }));
        images.put(n, image);
        return image;
    }

    public Image image(String name) {
        Image image = images.get(name.toUpperCase(java.util.Locale.ROOT));
        if (image == null) {
            throw new DasdException("image " + name.toUpperCase(java.util.Locale.ROOT) + " is not defined"
                    + (images.isEmpty() ? "" : " (defined: " + String.join(", ", images.keySet()) + ")"));
        }
        return image;
    }

    public boolean hasImage(String name) {
        return images.containsKey(name.toUpperCase(java.util.Locale.ROOT));
    }

    public Collection<Image> images() {
        return Collections.unmodifiableCollection(images.values());
    }

    /** Puts a volume online to exactly these images (replacing any earlier list). */
    public void setOnline(Volser volser, Collection<String> imageNames) {
        volumes.get(volser);
        Set<String> set = new TreeSet<>();
        for (String n : imageNames) {
            set.add(image(n).name());
        }
        online.put(volser, set);
    }

    /** Puts a volume online to every image, present and future. */
    public void setOnlineToAll(Volser volser) {
        volumes.get(volser);
        online.remove(volser);
    }

    /** The images the volume is online to, in definition order. */
    public List<Image> onlineImages(Volser volser) {
        Set<String> set = online.get(volser);
        return images.values().stream().filter(i -> set == null || set.contains(i.name())).toList();
    }

    /** The images that can write the volume now: online to it and up. */
    public List<Image> imagesThatCanWrite(Volser volser) {
        return onlineImages(volser).stream().filter(Image::isUp).toList();
    }

    /** Tells {@code listener} whenever an image goes down or comes up. */
    public void addListener(Consumer<Image> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Image> listener) {
        listeners.remove(listener);
    }

    void imageChanged(Image image) {
        List.copyOf(listeners).forEach(l -> l.accept(image));
    }

    private String refusalFor(Image image, Volser volser) {
        if (!image.isUp()) {
            return image.name() + " is down";
        }
        if (!volumes.contains(volser)) {
            return "volume " + volser + " is not defined";
        }
        Set<String> set = online.get(volser);
        if (set != null && !set.contains(image.name())) {
            return volser + " is not online to " + image.name();
        }
        return null;
    }
}
