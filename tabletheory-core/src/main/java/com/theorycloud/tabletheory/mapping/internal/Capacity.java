package com.theorycloud.tabletheory.mapping.internal;

/**
 * Initial hash-map capacities that hold a known number of entries without rehashing.
 */
final class Capacity {

    private Capacity() {
    }

    static int forSize(int size) {
        return size < 3 ? size + 1 : (int) (size / 0.75f) + 1;
    }
}
