package io.dsmig.sim.services;

import java.util.List;
import java.util.function.Consumer;

/** Signals to the applications of the installation: ask one to close, tell one to reopen. */
public interface ApplicationService {

    /** A running (or closed, or failed) application, as a migration sees it. */
    interface AppHandle {
        String name();

        String image();

        /** {@code stopped}, {@code opening}, {@code running}, {@code closing}, {@code closed} or {@code failed}. */
        String state();

        /** Why it failed, or null. */
        String failure();

        /** Asks it to close; it closes after its close latency. */
        void requestClose();

        /** Signals a closed application to reopen its data sets. */
        void reopen();
    }

    /** Every application, in definition order. */
    List<AppHandle> all();

    AppHandle get(String name);

    /** Tells {@code listener} the name of an application whenever its state changes. */
    void addStateListener(Consumer<String> listener);

    void removeStateListener(Consumer<String> listener);
}
