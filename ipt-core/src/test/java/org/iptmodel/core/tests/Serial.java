package org.iptmodel.core.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamConstants;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Java serialization for the tests: writing, reading with a filter, and streams made by hand. */
final class Serial {
    /**
     * The filter every reader of untrusted streams sets, as the JDK recommends: it bounds arrays
     * (a tampered list size would otherwise allocate gigabytes), depth, references and bytes, and
     * admits only the model's and the JDK's classes.
     */
    static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxarray=100000;maxdepth=100;maxrefs=1000000;maxbytes=50000000;org.iptmodel.**;java.**;!*");

    private Serial() {
    }

    static byte[] write(Object value) {
        return write(value, null);
    }

    /** Writes a value, replacing each object written by {@code replace} (null: none). */
    static byte[] write(Object value, UnaryOperator<Object> replace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = replace == null ? new ObjectOutputStream(bytes) : new Replacing(bytes, replace)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads one object with {@link #FILTER}. */
    static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(FILTER);
            return in.readObject();
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) {
        try {
            return (T) read(write(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A stream of one object of the type, written without its serialization proxy: the class
     * descriptors of the type and of its serializable superclasses down to {@code depth} of them
     * (all: {@link Integer#MAX_VALUE}), with no field. A stream that leaves out a superclass makes
     * the reader call that class's {@code readObjectNoData}.
     */
    static byte[] bare(Class<?> type, int depth) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && Serializable.class.isAssignableFrom(c) && chain.size() < depth;
                c = c.getSuperclass()) {
            chain.add(c);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(ObjectStreamConstants.STREAM_MAGIC);
            out.writeShort(ObjectStreamConstants.STREAM_VERSION);
            out.writeByte(ObjectStreamConstants.TC_OBJECT);
            for (Class<?> c : chain) {
                out.writeByte(ObjectStreamConstants.TC_CLASSDESC);
                out.writeUTF(c.getName());
                out.writeLong(ObjectStreamClass.lookup(c).getSerialVersionUID());
                out.writeByte(ObjectStreamConstants.SC_SERIALIZABLE);
                out.writeShort(0);
                out.writeByte(ObjectStreamConstants.TC_ENDBLOCKDATA);
            }
            out.writeByte(ObjectStreamConstants.TC_NULL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static final class Replacing extends ObjectOutputStream {
        private final UnaryOperator<Object> replace;

        Replacing(ByteArrayOutputStream out, UnaryOperator<Object> replace) throws IOException {
            super(out);
            this.replace = replace;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return replace.apply(obj);
        }
    }
}
