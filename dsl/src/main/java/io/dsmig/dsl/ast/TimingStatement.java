package io.dsmig.dsl.ast;
import java.util.List;

/** {@code timing 3390 read 1ms write 1.2ms, channel 800 MB/s, servers 4 on VOLS}: the device timing model. */
public record TimingStatement(Pos pos, List<TimingSetting> settings) implements Statement {
    public TimingStatement {
        settings = List.copyOf(settings);
    }
}
