package io.dsmig.sim.track;

import java.util.ArrayList;
import java.util.List;

/**
 * A track of {@code recordCount} equal-length synthetic records derived from one seed. Holds four
 * numbers, whatever the track's size: this is what keeps an estate of a million tracks cheap.
 */
public record PatternTrack(long seed, int recordCount, int keyLength, int dataLength) implements TrackContent {

    public PatternTrack {
        if (recordCount < 1 || recordCount > 255) {
            throw new IllegalArgumentException("a pattern track holds 1..255 records, not " + recordCount);
        }
        if (keyLength < 0 || dataLength < 1) {
            throw new IllegalArgumentException("bad record lengths key " + keyLength + " data " + dataLength);
        }
    }

    @Override
    public Record record(int number) {
        if (number < 1 || number > recordCount) {
            throw new IndexOutOfBoundsException("record " + number + " of " + recordCount);
        }
        RecordData key = keyLength == 0 ? null : RecordData.synthetic(Mix.of(seed, -number), keyLength);
        return new Record(number, key, RecordData.synthetic(Mix.of(seed, number), dataLength));
    }

    @Override
    public List<Record> records() {
        List<Record> list = new ArrayList<>(recordCount);
        for (int n = 1; n <= recordCount; n++) {
            list.add(record(n));
        }
        return list;
    }

    @Override
    public long dataBytes() {
        return (long) recordCount * (keyLength + dataLength);
    }

    @Override
    public boolean contentEquals(TrackContent other) {
        if (other instanceof PatternTrack p) {
            return p.seed == seed && p.recordCount == recordCount && p.keyLength == keyLength
                    && p.dataLength == dataLength;
        }
        return TrackContent.super.contentEquals(other);
    }
}
