/**
 * Data-set-level mirroring sessions: assess, allocate, translate, monitor, copy, resync, reconcile, switch.
 *
 * <p>This module has no code yet; see {@code engine/ARCHITECTURE.md} for what will live here.
 */
package io.dsmig.engine;
