package io.dsmig.sim.track;

import java.util.Arrays;

/**
 * The bytes of a record's key or data area. Either <em>synthetic</em> — a deterministic pattern
 * defined by a seed and a length, materialized only when read as bytes — or real bytes written by a
 * user or an application. Two areas are equal when their bytes are equal; two synthetic areas compare
 * by seed and length without materializing.
 */
public sealed interface RecordData permits RecordData.Synthetic, RecordData.Bytes {

    int length();

    /** The bytes, materialized for a synthetic area. The caller owns the returned array. */
    byte[] toBytes();

    /** Whether both areas hold the same bytes. */
    boolean contentEquals(RecordData other);

    /** A synthetic area: {@code length} bytes from a SplitMix64 stream seeded with {@code seed}. */
    static RecordData synthetic(long seed, int length) {
        return new Synthetic(seed, length);
    }

    /** Real bytes; the array is copied. */
    static RecordData of(byte[] bytes) {
        return new Bytes(bytes.clone());
    }

    /** A synthetic area. Two with different seeds are treated as different contents. */
    record Synthetic(long seed, int length) implements RecordData {

        public Synthetic {
            if (length < 0) {
                throw new IllegalArgumentException("negative record length " + length);
            }
        }

        @Override
        public byte[] toBytes() {
            byte[] bytes = new byte[length];
            long state = seed;
            for (int i = 0; i < length; i += 8) {
                state += 0x9E3779B97F4A7C15L;
                long z = Mix.finish(state);
                for (int b = 0; b < 8 && i + b < length; b++) {
                    bytes[i + b] = (byte) (z >>> (8 * b));
                }
            }
            return bytes;
        }

        @Override
        public boolean contentEquals(RecordData other) {
            if (other instanceof Synthetic s) {
                return s.seed == seed && s.length == length;
            }
            return other.length() == length && Arrays.equals(toBytes(), ((Bytes) other).bytes);
        }
    }

    /** Real bytes, held privately and never exposed for change. */
    final class Bytes implements RecordData {

        private final byte[] bytes;

        private Bytes(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public byte[] toBytes() {
            return bytes.clone();
        }

        @Override
        public boolean contentEquals(RecordData other) {
            if (other instanceof Bytes b) {
                return Arrays.equals(bytes, b.bytes);
            }
            return other.contentEquals(this);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(bytes, b.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Bytes[" + bytes.length + "]";
        }
    }
}
