package io.dsmig.dsl.ast;

/** One setting of a {@code timing} statement. */
public sealed interface TimingSetting {

    Pos pos();

    /** {@code 3390 read 1ms write 1.2ms}. */
    record Device(Pos pos, String family, Dur read, Dur write) implements TimingSetting {
    }

    /** {@code channel 800 MB/s}. */
    record Channel(Pos pos, Num amount, Name unit, Name per) implements TimingSetting {
    }

    /** {@code servers 4 [on VOLS]}. */
    record Servers(Pos pos, Num servers, Vols volumes) implements TimingSetting {
    }
}
