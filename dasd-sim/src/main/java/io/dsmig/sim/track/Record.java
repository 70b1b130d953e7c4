package io.dsmig.sim.track;

/**
 * One record on a track: its record number (R of CCHHR, from 1), an optional key and its data.
 * The cylinder and head of its id come from the track that holds it, so a track copied to another
 * address carries its records under new ids.
 */
public record Record(int number, RecordData key, RecordData data) {

    public Record {
        if (number < 1 || number > 255) {
            throw new IllegalArgumentException("record number " + number + " is outside 1..255");
        }
        if (data == null) {
            throw new IllegalArgumentException("a record needs a data area");
        }
    }

    public int keyLength() {
        return key == null ? 0 : key.length();
    }

    public int dataLength() {
        return data.length();
    }

    /** Whether key and data hold the same bytes as {@code other}'s (the record number is compared too). */
    public boolean contentEquals(Record other) {
        boolean keys = key == null ? other.key == null : other.key != null && key.contentEquals(other.key);
        return number == other.number && keys && data.contentEquals(other.data);
    }
}
