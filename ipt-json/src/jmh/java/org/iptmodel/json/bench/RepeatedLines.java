package org.iptmodel.json.bench;

import java.io.InputStream;

/**
 * An NDJSON stream of the same line repeated: n documents without holding n documents in memory,
 * so the streaming benchmarks measure the reader's own heap, not the input's.
 */
final class RepeatedLines extends InputStream {
    private final byte[] line;
    private long left;
    private int at;

    /** The line (a newline is added) repeated {@code count} times. */
    RepeatedLines(byte[] document, long count) {
        this.line = new byte[document.length + 1];
        System.arraycopy(document, 0, line, 0, document.length);
        line[document.length] = '\n';
        this.left = count;
    }

    @Override
    public int read() {
        if (left == 0) {
            return -1;
        }
        int b = line[at++];
        if (at == line.length) {
            at = 0;
            left--;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (left == 0) {
            return -1;
        }
        int copied = 0;
        while (copied < length && left > 0) {
            int n = Math.min(length - copied, line.length - at);
            System.arraycopy(line, at, buffer, offset + copied, n);
            copied += n;
            at += n;
            if (at == line.length) {
                at = 0;
                left--;
            }
        }
        return copied;
    }
}
