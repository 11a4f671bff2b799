package org.rogatory.matching;

import java.util.Arrays;

/**
 * Floats by non-negative int (a vocabulary id), in open addressing: the matcher asks for the credit of
 * a query word against a register word many times for every register name it scores, and a
 * {@code HashMap<Integer, Float>} would box every key and value. Reused from query to query.
 */
final class IntFloatMap {

    private static final int FREE = -1;
    private static final int INITIAL_CAPACITY = 16;

    private int[] keys;
    private float[] values;
    private int size;

    IntFloatMap() {
        allocate(INITIAL_CAPACITY);
    }

    private void allocate(int capacity) {
        keys = new int[capacity];
        Arrays.fill(keys, FREE);
        values = new float[capacity];
        size = 0;
    }

    private int slot(int key) {
        // Fibonacci hashing: vocabulary ids are dense, the multiplication spreads them over the table
        return (key * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(keys.length - 1);
    }

    /** The value of {@code key}, or {@code absent}. */
    float get(int key, float absent) {
        int mask = keys.length - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == FREE) {
                return absent;
            }
        }
    }

    void put(int key, float value) {
        int mask = keys.length - 1;
        int i = slot(key);
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == FREE) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                values[i] = value;
                grow();
                return;
            }
        }
        values[i] = value;
    }

    private void grow() {
        int[] oldKeys = keys;
        float[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Empties the map; one grown large by a long query is given back rather than swept each time. */
    void clear() {
        if (keys.length > 64 * INITIAL_CAPACITY) {
            allocate(INITIAL_CAPACITY);
        } else if (size > 0) {
            Arrays.fill(keys, FREE);
            size = 0;
        }
    }
}
