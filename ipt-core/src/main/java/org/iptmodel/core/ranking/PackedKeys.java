package org.iptmodel.core.ranking;

import java.util.Arrays;

/**
 * The keys of n issues under k rules, packed with each issue's index into one {@code long} per
 * issue, so that the issues are sorted as primitives. Package-private; not thread-safe.
 *
 * <p>Each rule's keys are stored minus their minimum, in as many bits as their span needs, the
 * first rule in the highest bits and the index in the lowest; the order of the packed values is
 * then the order of the keys, rule by rule, then of the index. Keys fit when the bits of all
 * spans and of the largest index add up to at most 63: always for the built-in rules (whose keys
 * span at most 31 bits together) with up to a million issues and more.
 */
final class PackedKeys {
    private final long[] packed;
    private final int indexBits;
    private final long[] min;
    private final int[] width;
    /** The lowest bit of each rule's field, counted above the index bits. */
    private final int[] offset;

    private PackedKeys(long[] packed, int indexBits, long[] min, int[] width, int[] offset) {
        this.packed = packed;
        this.indexBits = indexBits;
        this.min = min;
        this.width = width;
        this.offset = offset;
    }

    /**
     * Packs the keys of n issues, issue i's keys being {@code keys[i * k]} to
     * {@code keys[i * k + k - 1]}.
     *
     * @return the packed keys, or null if they do not fit in 63 bits
     */
    static PackedKeys of(long[] keys, int n, int k) {
        int indexBits = n < 2 ? 1 : Long.SIZE - Long.numberOfLeadingZeros(n - 1);
        long[] min = new long[k];
        long[] max = new long[k];
        if (n > 0) {
            System.arraycopy(keys, 0, min, 0, k);
            System.arraycopy(keys, 0, max, 0, k);
        }
        for (int row = k; row < keys.length; row += k) {
            for (int j = 0; j < k; j++) {
                long key = keys[row + j];
                if (key < min[j]) {
                    min[j] = key;
                } else if (key > max[j]) {
                    max[j] = key;
                }
            }
        }
        int[] width = new int[k];
        int bits = indexBits;
        for (int j = 0; j < k; j++) {
            long span = max[j] - min[j];
            if (span < 0) {
                return null;
            }
            width[j] = Long.SIZE - Long.numberOfLeadingZeros(span);
            bits += width[j];
            if (bits >= Long.SIZE) {
                return null;
            }
        }
        int[] offset = new int[k];
        int below = 0;
        for (int j = k - 1; j >= 0; j--) {
            offset[j] = below;
            below += width[j];
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long p = 0;
            int row = i * k;
            for (int j = 0; j < k; j++) {
                p = (p << width[j]) | (keys[row + j] - min[j]);
            }
            packed[i] = (p << indexBits) | i;
        }
        return new PackedKeys(packed, indexBits, min, width, offset);
    }

    /** Sorts by keys, then by index. */
    void sort() {
        Arrays.sort(packed);
    }

    /** The index of the issue at sorted position i. */
    int index(int i) {
        return (int) (packed[i] & ((1L << indexBits) - 1));
    }

    /** Whether the issues at positions i and j have the same keys under every rule. */
    boolean tie(int i, int j) {
        return packed[i] >>> indexBits == packed[j] >>> indexBits;
    }

    /**
     * The first rule whose keys tell positions i and i + 1 apart: the rule whose field holds the
     * highest bit in which they differ.
     *
     * @return the rule's index, or -1 if every rule ties
     */
    int decidingRule(int i) {
        long diff = (packed[i] ^ packed[i + 1]) >>> indexBits;
        if (diff == 0) {
            return -1;
        }
        int bit = Long.SIZE - 1 - Long.numberOfLeadingZeros(diff);
        int j = 0;
        while (bit < offset[j] || bit >= offset[j] + width[j]) {
            j++;
        }
        return j;
    }

    /** The key under rule j of the issue at position i. */
    long key(int i, int j) {
        long field = (packed[i] >>> indexBits) >>> offset[j];
        return (field & ((1L << width[j]) - 1)) + min[j];
    }
}
