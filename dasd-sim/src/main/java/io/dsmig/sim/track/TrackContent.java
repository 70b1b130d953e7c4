package io.dsmig.sim.track;

import java.util.List;

/**
 * What a track holds: its records R1..Rn, immutable. An empty track (never written) has none. Contents
 * are shared freely: copying a track to another address shares its content, and the record ids take
 * the new address from the track that holds them.
 */
public sealed interface TrackContent permits TrackContent.Empty, PatternTrack, RecordTrack {

    /** A track that was never written: no records (beyond the standard R0, which is not modelled). */
    TrackContent EMPTY = new Empty();

    int recordCount();

    /** Record {@code number}, from 1 to {@link #recordCount()}. */
    Record record(int number);

    List<Record> records();

    /** Sum of key and data lengths of all records. */
    long dataBytes();

    /** Whether both tracks hold the same records, byte for byte. */
    default boolean contentEquals(TrackContent other) {
        if (this == other) {
            return true;
        }
        if (recordCount() != other.recordCount()) {
            return false;
        }
        for (int n = 1; n <= recordCount(); n++) {
            if (!record(n).contentEquals(other.record(n))) {
                return false;
            }
        }
        return true;
    }

    /**
     * This track with record {@code record.number()} replaced, or appended when it is the next number.
     * Used for record-level writes.
     */
    default TrackContent withRecord(Record record) {
        return RecordTrack.replacing(this, record);
    }

    /** A full track of synthetic records: the cheap form of a track formatted and filled by a program. */
    static TrackContent pattern(long seed, int recordCount, int keyLength, int dataLength) {
        return new PatternTrack(seed, recordCount, keyLength, dataLength);
    }

    /** A track holding exactly these records, numbered 1..n in order. */
    static TrackContent of(List<Record> records) {
        return records.isEmpty() ? EMPTY : new RecordTrack(records);
    }

    /** The never-written track. */
    final class Empty implements TrackContent {

        private Empty() {
        }

        @Override
        public int recordCount() {
            return 0;
        }

        @Override
        public Record record(int number) {
            throw new IndexOutOfBoundsException("an empty track has no record " + number);
        }

        @Override
        public List<Record> records() {
            return List.of();
        }

        @Override
        public long dataBytes() {
            return 0;
        }

        @Override
        public String toString() {
            return "EMPTY";
        }
    }
}
