package org.iptmodel.core.arbitraries;

import org.iptmodel.core.Instrument;

/**
 * How a generated measurement answers its instrument's suicidality item
 * ({@link Instrument#suicidalityItem()}), for {@link IptArbitraries#measurements(Instrument, Suicidality)}
 * and the generators built on it. A response above 0 raises a safety flag; a total recorded
 * without item responses raises a safety notice instead.
 */
public enum Suicidality {
    /** Item responses with the suicidality item at 0, or a total only. */
    ZERO,
    /** Item responses with the suicidality item above 0: every such measurement raises a safety flag. */
    ABOVE_ZERO,
    /** Item responses with any answer to the suicidality item, or a total only. */
    ANY
}
