package io.dsmig.sim.kernel;

import java.nio.charset.StandardCharsets;

/**
 * Hashes whose values are fixed by this file, not by the JVM: FNV-1a 64 over UTF-8 bytes, and the
 * SplitMix64 finalizer. Seeds and trace digests are built from these so that they are the same on
 * every run, every JDK and every machine ({@code String.hashCode} would do for strings, but its
 * 32 bits are too few to derive seeds from, and identity hashes differ from run to run).
 */
final class StableHash {

    static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private StableHash() {
    }

    /** FNV-1a 64 of the UTF-8 bytes of {@code text}. */
    static long fnv1a64(String text) {
        return fnv1a64(FNV_OFFSET_BASIS, text);
    }

    /** Continues an FNV-1a 64 hash {@code hash} over the UTF-8 bytes of {@code text}. */
    static long fnv1a64(long hash, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = fnv1a64Byte(hash, b);
        }
        return hash;
    }

    /** Continues an FNV-1a 64 hash over the eight bytes of {@code value}, most significant first. */
    static long fnv1a64Long(long hash, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            hash = fnv1a64Byte(hash, (byte) (value >>> shift));
        }
        return hash;
    }

    static long fnv1a64Byte(long hash, byte b) {
        return (hash ^ (b & 0xFF)) * FNV_PRIME;
    }

    /** The SplitMix64 finalizer (Stafford's variant 13): a bijection that spreads every input bit. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
