package org.iptmodel.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Splits a stream into lines at {@code \n} (dropping a trailing {@code \r}) with a bounded buffer:
 * a line longer than the limit is skipped to its end and reported as too long, so memory stays
 * bounded by the limit whatever the input. Not thread-safe.
 */
abstract class LineSource implements Closeable {
    private static final int INITIAL = 1 << 10;
    private static final int KEEP = 1 << 20;

    final int max;
    long number;
    boolean tooLong;

    LineSource(long maxLength) {
        this.max = (int) Math.min(maxLength, Integer.MAX_VALUE - 16);
    }

    /** Advances to the next line; false at the end of the stream. */
    abstract boolean next() throws IOException;

    /** Whether the current line holds only spaces and tabs. */
    abstract boolean isBlank();

    /** The current line, valid until the next call of {@link #next()}. */
    abstract Source current();

    static LineSource of(InputStream in, long maxLength) {
        return new Bytes(in, maxLength);
    }

    static LineSource of(Reader in, long maxLength) {
        return new Chars(in, maxLength);
    }

    private static final class Bytes extends LineSource {
        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private int pos;
        private int end;
        private boolean eof;
        private byte[] line = new byte[INITIAL];
        private int length;

        Bytes(InputStream in, long maxLength) {
            super(maxLength);
            this.in = in;
        }

        @Override
        boolean next() throws IOException {
            if (line.length > KEEP) {
                line = new byte[INITIAL];
            }
            length = 0;
            tooLong = false;
            boolean any = false;
            while (true) {
                if (pos >= end) {
                    if (eof) {
                        break;
                    }
                    int n = in.read(chunk);
                    if (n < 0) {
                        eof = true;
                        break;
                    }
                    pos = 0;
                    end = n;
                    continue;
                }
                int i = pos;
                while (i < end && chunk[i] != '\n') {
                    i++;
                }
                append(pos, i - pos);
                any |= i > pos;
                if (i < end) {
                    pos = i + 1;
                    return ended();
                }
                pos = end;
            }
            return any && ended();
        }

        private boolean ended() {
            number++;
            if (!tooLong && length > 0 && line[length - 1] == '\r') {
                length--;
            }
            return true;
        }

        private void append(int from, int count) {
            if (tooLong || count == 0) {
                return;
            }
            if ((long) length + count > max) {
                tooLong = true;
                return;
            }
            if (length + count > line.length) {
                byte[] bigger = new byte[(int) Math.min(max, Math.max((long) line.length * 2, length + count))];
                System.arraycopy(line, 0, bigger, 0, length);
                line = bigger;
            }
            System.arraycopy(chunk, from, line, length, count);
            length += count;
        }

        @Override
        boolean isBlank() {
            for (int i = 0; i < length; i++) {
                if (line[i] != ' ' && line[i] != '\t') {
                    return false;
                }
            }
            return !tooLong;
        }

        @Override
        Source current() {
            return Source.of(line, 0, length);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Chars extends LineSource {
        private final Reader in;
        private final char[] chunk = new char[1 << 15];
        private int pos;
        private int end;
        private boolean eof;
        private char[] line = new char[INITIAL];
        private int length;

        Chars(Reader in, long maxLength) {
            super(maxLength);
            this.in = in;
        }

        @Override
        boolean next() throws IOException {
            if (line.length > KEEP) {
                line = new char[INITIAL];
            }
            length = 0;
            tooLong = false;
            boolean any = false;
            while (true) {
                if (pos >= end) {
                    if (eof) {
                        break;
                    }
                    int n = in.read(chunk);
                    if (n < 0) {
                        eof = true;
                        break;
                    }
                    pos = 0;
                    end = n;
                    continue;
                }
                int i = pos;
                while (i < end && chunk[i] != '\n') {
                    i++;
                }
                append(pos, i - pos);
                any |= i > pos;
                if (i < end) {
                    pos = i + 1;
                    return ended();
                }
                pos = end;
            }
            return any && ended();
        }

        private boolean ended() {
            number++;
            if (!tooLong && length > 0 && line[length - 1] == '\r') {
                length--;
            }
            return true;
        }

        private void append(int from, int count) {
            if (tooLong || count == 0) {
                return;
            }
            if ((long) length + count > max) {
                tooLong = true;
                return;
            }
            if (length + count > line.length) {
                char[] bigger = new char[(int) Math.min(max, Math.max((long) line.length * 2, length + count))];
                System.arraycopy(line, 0, bigger, 0, length);
                line = bigger;
            }
            System.arraycopy(chunk, from, line, length, count);
            length += count;
        }

        @Override
        boolean isBlank() {
            for (int i = 0; i < length; i++) {
                if (line[i] != ' ' && line[i] != '\t') {
                    return false;
                }
            }
            return !tooLong;
        }

        @Override
        Source current() {
            return Source.of(line, 0, length);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
