package org.iptmodel.core;

/** How often the patient is currently in contact with a person of the inventory. */
public enum ContactFrequency {
    /** Every day or nearly. */
    DAILY,
    /** At least once a week. */
    WEEKLY,
    /** At least once a month. */
    MONTHLY,
    /** Less than once a month. */
    RARELY,
    /** No current contact (estranged, absent or deceased). */
    NONE
}
