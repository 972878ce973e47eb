package org.iptmodel.core;

/**
 * A severity band of a symptom instrument, from least to most severe.
 *
 * <p>Not every instrument uses every band: BDI-II and HAM-D-17 (Zimmerman 2013) have no
 * "moderately severe" band. {@link Instrument#bands()} holds each instrument's scheme.
 */
public enum Severity {
    /** None or minimal symptoms. */
    MINIMAL,
    /** Mild. */
    MILD,
    /** Moderate. */
    MODERATE,
    /** Moderately severe (PHQ-9). */
    MODERATELY_SEVERE,
    /** Severe. */
    SEVERE
}
