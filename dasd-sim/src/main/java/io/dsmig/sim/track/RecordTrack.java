package io.dsmig.sim.track;

import java.util.ArrayList;
import java.util.List;

/** A track holding an explicit list of records, numbered 1..n. */
public final class RecordTrack implements TrackContent {

    private final List<Record> records;

    RecordTrack(List<Record> records) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).number() != i + 1) {
                throw new IllegalArgumentException("records must be numbered 1..n in order; found "
                        + records.get(i).number() + " at position " + (i + 1));
            }
        }
        this.records = List.copyOf(records);
    }

    static TrackContent replacing(TrackContent track, Record record) {
        int n = record.number();
        if (n > track.recordCount() + 1) {
            throw new IllegalArgumentException("cannot write record " + n + " on a track of "
                    + track.recordCount() + " records");
        }
        List<Record> list = new ArrayList<>(track.records());
        if (n == list.size() + 1) {
            list.add(record);
        } else {
            list.set(n - 1, record);
        }
        return new RecordTrack(list);
    }

    @Override
    public int recordCount() {
        return records.size();
    }

    @Override
    public Record record(int number) {
        return records.get(number - 1);
    }

    @Override
    public List<Record> records() {
        return records;
    }

    @Override
    public long dataBytes() {
        return records.stream().mapToLong(r -> r.keyLength() + r.dataLength()).sum();
    }

    @Override
    public String toString() {
        return "RecordTrack[" + records.size() + " records]";
    }
}
