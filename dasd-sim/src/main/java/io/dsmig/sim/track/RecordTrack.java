package io.dsmig.sim.track;

import java.util.Arrays;
import java.util.List;

/** A track holding an explicit list of records, numbered 1..n. Immutable. */
public final class RecordTrack implements TrackContent {

    private final Record[] records;

    RecordTrack(List<Record> records) {
        this(records.toArray(new Record[0]));
    }

    private RecordTrack(Record[] records) {
        for (int i = 0; i < records.length; i++) {
            if (records[i].number() != i + 1) {
                throw new IllegalArgumentException("records must be numbered 1..n in order; found "
                        + records[i].number() + " at position " + (i + 1));
            }
        }
        this.records = records;
    }

    /** {@code track} with record {@code record.number()} replaced, or appended as the next one. */
    static TrackContent replacing(TrackContent track, Record record) {
        int n = record.number();
        int count = track.recordCount();
        if (n > count + 1) {
            throw new IllegalArgumentException("cannot write record " + n + " on a track of " + count + " records");
        }
        Record[] copy = new Record[Math.max(count, n)];
        if (track instanceof RecordTrack rt) {
            System.arraycopy(rt.records, 0, copy, 0, count);
        } else {
            for (int i = 1; i <= count; i++) {
                copy[i - 1] = i == n ? null : track.record(i);
            }
        }
        copy[n - 1] = record;
        return new RecordTrack(copy);
    }

    @Override
    public int recordCount() {
        return records.length;
    }

    @Override
    public Record record(int number) {
        return records[number - 1];
    }

    @Override
    public List<Record> records() {
        return List.of(records);
    }

    @Override
    public long dataBytes() {
        long sum = 0;
        for (Record r : records) {
            sum += r.keyLength() + r.dataLength();
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordTrack rt && Arrays.equals(records, rt.records);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(records);
    }

    @Override
    public String toString() {
        return "RecordTrack[" + records.length + " records]";
    }
}
