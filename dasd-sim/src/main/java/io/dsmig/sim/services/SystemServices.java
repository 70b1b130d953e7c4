package io.dsmig.sim.services;

import io.dsmig.sim.kernel.Kernel;
import java.time.LocalDate;

/**
 * The system services a migration product uses, each mirroring a real z/OS service: catalog
 * management, VTOC and VVDS access, DADSM space management, track-level I/O (EXCP) through an
 * image's I/O path, I/O monitors, ENQs, and signals to operators and applications.
 *
 * <p>The engine reaches the simulated system only through these. {@link #kernel()} is the product's
 * own dispatcher: it schedules work and reads the time on it, never on the host clock.
 */
public interface SystemServices {

    Kernel kernel();

    /** The simulated date, for VTOC dates. */
    LocalDate today();

    CatalogService catalog();

    VtocService vtoc();

    VvdsService vvds();

    SpaceService space();

    TrackIo trackIo();

    MonitorService monitors();

    EnqService enq();

    ApplicationService applications();
}
