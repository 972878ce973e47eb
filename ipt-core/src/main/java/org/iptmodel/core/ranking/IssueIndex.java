package org.iptmodel.core.ranking;

import org.iptmodel.core.IssueId;

/**
 * The positions of issue ids in a list, for finding repeats: an open-addressing hash table of
 * ints, sized once for n ids, so that checking n issues allocates one array and boxes nothing.
 * Package-private; not thread-safe.
 */
final class IssueIndex {
    /** 2^32 divided by the golden ratio: spreads ids with close hash codes over the table. */
    private static final int SPREAD = 0x9E3779B9;

    private final IssueId[] ids;
    private final int[] hashes;
    private final int[] slots;
    private final int mask;
    private final int shift;

    /** A table for at most {@code capacity} ids, at most half full. */
    IssueIndex(int capacity) {
        int size = Integer.highestOneBit(Math.max(2, 2 * capacity - 1)) << 1;
        this.ids = new IssueId[capacity];
        this.hashes = new int[capacity];
        this.slots = new int[size];
        this.mask = size - 1;
        this.shift = Integer.numberOfLeadingZeros(size) + 1;
    }

    /**
     * Records the id at position {@code index} unless an equal id was recorded before.
     *
     * @return the position of the earlier equal id, or -1 if the id is new
     */
    int putIfAbsent(IssueId id, int index) {
        int hash = id.hashCode();
        int slot = (hash * SPREAD) >>> shift;
        while (slots[slot] != 0) {
            int earlier = slots[slot] - 1;
            if (hashes[earlier] == hash && ids[earlier].equals(id)) {
                return earlier;
            }
            slot = (slot + 1) & mask;
        }
        ids[index] = id;
        hashes[index] = hash;
        slots[slot] = index + 1;
        return -1;
    }
}
