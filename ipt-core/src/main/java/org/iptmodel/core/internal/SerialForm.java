package org.iptmodel.core.internal;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;

/**
 * The serialized form of a value of the model: the kind of value and its parts. Each package of the
 * model has one subclass, its serialization proxy, which knows its kinds and rebuilds each value
 * through the public builders or factories of its package, so that every invariant is checked
 * again and a stream that was tampered with never yields an invalid value. Not exported by the
 * module.
 */
public abstract class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @serial the kind of value, one of the constants of the subclass */
    private final int kind;
    /** @serial the parts of the value, in the order of the subclass's factory method for its kind */
    private final Object[] parts;

    /**
     * Holds the kind and the parts of a value.
     *
     * @param kind the kind of value
     * @param parts the parts, in the order the subclass defines for the kind
     */
    protected SerialForm(int kind, Object... parts) {
        this.kind = kind;
        this.parts = parts;
    }

    /**
     * Rebuilds the value through its builder or factory.
     *
     * @return the value, valid
     * @throws ObjectStreamException if the parts do not make a valid value
     *     ({@link InvalidObjectException}, whose cause says why)
     */
    protected final Object readResolve() throws ObjectStreamException {
        SerialParts p = new SerialParts(getClass().getPackageName() + " value of kind " + kind, parts);
        try {
            return resolve(kind, p);
        } catch (RuntimeException e) {
            throw p.invalid(e);
        }
    }

    /**
     * Rebuilds a value of a kind from its parts.
     *
     * @param kind the kind of value
     * @param parts the parts, each taken with its type checked
     * @return the value, valid
     * @throws InvalidObjectException if the kind is unknown or the parts are not of their types
     */
    protected abstract Object resolve(int kind, SerialParts parts) throws InvalidObjectException;
}
