package io.dsmig.engine.internal;

/**
 * Target space another migration has planned but not allocated yet (it allocates at its next event,
 * or, offline, inside its window): a plan made now must leave it alone, or one of the two would find
 * its space taken when it allocates.
 */
record Reservation(String migration, TargetPiece piece) {
}
