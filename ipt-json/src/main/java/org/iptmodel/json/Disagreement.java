package org.iptmodel.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown by the build step of an {@link ObjectFormat} when a value read breaks a rule of the
 * format's own that no factory of the model states (a schedule's skipped dates in ascending
 * order). Each disagreement has a path in the model's attribute names
 * ({@code skippedDates[2]}), which the format maps to a JSON Pointer, and a message made of the
 * format's own words. Carries no stack trace; never leaves the package.
 */
final class Disagreement extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One value that disagrees: its path and what it must be. */
    record Place(String path, String message) {
    }

    private final transient List<Place> places;

    private Disagreement(List<Place> places) {
        super(null, null, false, false);
        this.places = List.copyOf(places);
    }

    List<Place> places() {
        return places;
    }

    /** Collects disagreements; {@link #check()} throws them, if any. */
    static final class Collector {
        private final List<Place> places = new ArrayList<>(2);

        /** Records a disagreement at a path. */
        Collector add(String path, String message) {
            places.add(new Place(path, message));
            return this;
        }

        boolean isEmpty() {
            return places.isEmpty();
        }

        /** Throws the disagreements collected, if any. */
        void check() {
            if (!places.isEmpty()) {
                throw new Disagreement(places);
            }
        }
    }
}
