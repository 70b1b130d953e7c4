/**
 * The discrete-event kernel: virtual time ({@link io.dsmig.sim.kernel.SimClock},
 * {@link io.dsmig.sim.kernel.SimTime}), the event queue and run loop
 * ({@link io.dsmig.sim.kernel.Kernel}), seeded random streams ({@link io.dsmig.sim.kernel.SimRandom})
 * and the determinism trace ({@link io.dsmig.sim.kernel.Trace}).
 *
 * <p>Nothing in this package reads the host's clock, uses an unseeded random source or starts a
 * thread; {@link io.dsmig.sim.kernel.Kernel#requestStop()} is the one method another thread may call.
 * See {@code dasd-sim/ARCHITECTURE-kernel.md}.
 */
package io.dsmig.sim.kernel;
