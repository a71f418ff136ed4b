package io.interviewcoach.voice.dsp;

import java.util.Arrays;

/**
 * A window onto an endless sample stream, addressed by absolute sample index. Only the samples not yet
 * discarded are held, so a stream of any length uses bounded memory.
 */
public final class SampleBuffer {
    private float[] data;
    private long base;
    private int size;

    public SampleBuffer(int initialCapacity) {
        data = new float[Math.max(16, initialCapacity)];
    }

    /** A buffer whose stream is preceded by {@code leadingZeros} silent samples at negative indices. */
    public SampleBuffer(int initialCapacity, int leadingZeros) {
        this(initialCapacity + leadingZeros);
        base = -leadingZeros;
        size = leadingZeros;
    }

    public void append(float[] src, int offset, int length) {
        ensureRoom(length);
        System.arraycopy(src, offset, data, size, length);
        size += length;
    }

    public void append(float v) {
        ensureRoom(1);
        data[size++] = v;
    }

    /** Absolute index one past the last sample held. */
    public long end() {
        return base + size;
    }

    /** Absolute index of the oldest sample held. */
    public long start() {
        return base;
    }

    public float get(long index) {
        long i = index - base;
        return i < 0 || i >= size ? 0f : data[(int) i];
    }

    /** The backing array; valid until the next append or discard. Use with {@link #offsetOf}. */
    public float[] array() {
        return data;
    }

    public int offsetOf(long index) {
        long i = index - base;
        if (i < 0 || i > size) {
            throw new IndexOutOfBoundsException("sample " + index + " not held (held: " + base + ".." + end() + ")");
        }
        return (int) i;
    }

    /** Forgets samples before {@code index}. */
    public void discardBefore(long index) {
        int drop = (int) Math.min(size, Math.max(0, index - base));
        if (drop == 0) {
            return;
        }
        System.arraycopy(data, drop, data, 0, size - drop);
        size -= drop;
        base += drop;
    }

    private void ensureRoom(int extra) {
        if (size + extra > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + extra));
        }
    }
}
