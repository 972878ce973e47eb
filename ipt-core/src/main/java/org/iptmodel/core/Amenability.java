package org.iptmodel.core;

/**
 * How amenable to change an issue looks: whether it gives a manageable focus.
 *
 * <p>Brief IPT prefers a manageable, strength-based focus (Swartz, IPT-B; IPT Institute,
 * <i>Brief IPT</i>).
 */
public enum Amenability {
    /** Little prospect of change within the course. */
    LOW,
    /** Some prospect of change. */
    MODERATE,
    /** A manageable focus with a good prospect of change. */
    HIGH
}
