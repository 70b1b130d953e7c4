package io.dsmig.sim.app;

/** Who holds a data set open: an application on an image (an ENQ on the data set name). */
public record Holder(String image, String application) {

    @Override
    public String toString() {
        return application + " on " + image;
    }
}
