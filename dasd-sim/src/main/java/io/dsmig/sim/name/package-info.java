/**
 * The names of the simulated z/OS world, validated where they are written: {@link
 * io.dsmig.sim.name.Volser} for volumes, {@link io.dsmig.sim.name.DataSetName} for data sets and
 * {@link io.dsmig.sim.name.Mask} for selecting data sets by pattern. A bad name is rejected with an
 * {@link io.dsmig.sim.name.InvalidNameException} whose message names the text and the rule; the
 * wording of every message is in {@code messages.properties} next to these classes.
 *
 * <p>All three fold a–z to upper case and nothing else: z/OS names are upper-case EBCDIC, and
 * folding other letters would report characters the user did not write.
 */
package io.dsmig.sim.name;
