package org.iptmodel.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The law of Java serialization for a value type, every value reads back equal, with the helpers
 * that check it: {@link #bytes(Object)} writes a value (optionally replacing objects in the stream,
 * to forge a tampered one), {@link #read(byte[])} reads it back through an {@link ObjectInputFilter},
 * {@link #roundTrip(Object)} does both, and {@link #bare(Class, int)} forges the stream of an object
 * written without its serialization proxy, which a class that checks what it reads refuses.
 *
 * <p>Data engines such as Spark or Flink ship values between their workers with Java serialization:
 * if you embed the model's values in classes of your own, implement this contract for those classes
 * (or call {@link #assertReadsBackEqual(Object)}) to check that they arrive whole.
 *
 * <pre>{@code
 * class VisitRowProperties implements SerializationContract<VisitRow> {
 *     @Provide
 *     public Arbitrary<VisitRow> values() {
 *         return IptArbitraries.courses().map(VisitRow::new);
 *     }
 * }
 * }</pre>
 *
 * @param <T> the serializable type
 */
public interface SerializationContract<T> {

    /**
     * Returns the values the law is checked on; the implementation must be annotated with
     * {@code @Provide}.
     *
     * @return the arbitrary, not null
     */
    Arbitrary<T> values();

    /**
     * Every value is serializable and reads back equal, with the same hash code and class.
     *
     * @param value any value
     */
    @Property
    default void everyValueReadsBackEqual(@ForAll("values") T value) {
        assertReadsBackEqual(value);
    }

    /**
     * Asserts that the value is serializable and reads back equal, with the same hash code and
     * class.
     *
     * @param value the value, not null
     * @param <V> the value's type
     * @return the value read back, not null
     */
    static <V> V assertReadsBackEqual(V value) {
        assertThat(value).isInstanceOf(Serializable.class);
        V back = roundTrip(value);
        assertThat(back).isEqualTo(value).hasSameHashCodeAs(value);
        assertThat(back.getClass()).isEqualTo(value.getClass());
        return back;
    }

    /**
     * The filter every reader of untrusted streams sets, as the JDK recommends: it bounds arrays
     * (a tampered list size would otherwise allocate gigabytes), depth, references and bytes, and
     * admits only the classes of the model, of the JDK and of the given packages (and their
     * subpackages).
     *
     * @param packages the names of further packages to admit, such as {@code "com.example.clinic"}
     * @return the filter, not null
     */
    static ObjectInputFilter filter(String... packages) {
        StringBuilder pattern = new StringBuilder(
                "maxarray=100000;maxdepth=100;maxrefs=1000000;maxbytes=50000000;org.iptmodel.**;java.**;");
        for (String p : packages) {
            if (!p.isEmpty()) {
                pattern.append(p).append(".**;");
            }
        }
        return ObjectInputFilter.Config.createFilter(pattern.append("!*").toString());
    }

    /**
     * Writes a value with Java serialization.
     *
     * @param value the value, not null
     * @return the stream, not null
     * @throws UncheckedIOException if the value cannot be written, for example as it holds an
     *     object that is not serializable (the cause is a {@link java.io.NotSerializableException})
     */
    static byte[] bytes(Object value) {
        return bytes(value, UnaryOperator.identity());
    }

    /**
     * Writes a value with Java serialization, replacing each object written by what
     * {@code replace} returns for it ({@link ObjectOutputStream#replaceObject}): for example
     * {@code o -> "c-1".equals(o) ? "" : o} to write a stream that a valid value never makes.
     *
     * @param value the value, not null
     * @param replace the replacement of each object, returning the object itself to keep it
     * @return the stream, not null
     * @throws UncheckedIOException if the value cannot be written
     */
    static byte[] bytes(Object value, UnaryOperator<Object> replace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object obj) {
                return replace.apply(obj);
            }
        }) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads one object with the {@link #filter(String...) filter} of the model's and the JDK's
     * classes.
     *
     * @param bytes the stream, not null
     * @return the object, possibly null
     * @throws IOException if the stream is refused, for example with an
     *     {@link java.io.InvalidObjectException} by a class that checks what it reads
     * @throws ClassNotFoundException if a class of the stream is not found
     */
    static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        return read(bytes, filter());
    }

    /**
     * Reads one object with the given filter.
     *
     * @param bytes the stream, not null
     * @param filter the filter, not null
     * @return the object, possibly null
     * @throws IOException if the stream is refused
     * @throws ClassNotFoundException if a class of the stream is not found
     */
    static Object read(byte[] bytes, ObjectInputFilter filter) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(filter);
            return in.readObject();
        }
    }

    /**
     * Writes a value and reads it back, with the filter of the model's and the JDK's classes and
     * of the package of the value's class.
     *
     * @param value the value, not null
     * @param <V> the value's type
     * @return the value read back, not null
     * @throws UncheckedIOException if the value cannot be written or read back
     */
    static <V> V roundTrip(V value) {
        return roundTrip(value, new String[0]);
    }

    /**
     * Writes a value and reads it back, with the filter of the model's and the JDK's classes, of
     * the package of the value's class and of the given packages: those of the other classes the
     * value holds, such as a library's exception class that a class of yours extends.
     *
     * @param value the value, not null
     * @param packages the names of further packages to admit, such as {@code "tools.jackson"}
     * @param <V> the value's type
     * @return the value read back, not null
     * @throws UncheckedIOException if the value cannot be written or read back
     */
    @SuppressWarnings("unchecked")
    static <V> V roundTrip(V value, String... packages) {
        String[] admitted = Arrays.copyOf(packages, packages.length + 1);
        admitted[packages.length] = value.getClass().getPackageName();
        try {
            return (V) read(bytes(value), filter(admitted));
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
     *
     * @param type the serializable type, not null
     * @param depth how many classes of the hierarchy to describe, at least 1
     * @return the stream, not null
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
}
