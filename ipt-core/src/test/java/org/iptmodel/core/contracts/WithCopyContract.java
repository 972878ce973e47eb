package org.iptmodel.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.iptmodel.core.InvalidModelException;

/**
 * The law of {@code with*} copies: a copy that replaces one attribute holds the new value there
 * and the original values everywhere else, and replacing an attribute by its own value changes
 * nothing.
 *
 * <p>The attributes are found by reflection: every public {@code withX(..)} method paired with the
 * accessor {@code x()}. The new values are taken from another generated value; a replacement that
 * breaks an invariant of the whole value must be rejected with {@link InvalidModelException}, and
 * is then skipped. The law checks that each attribute (except those listed by
 * {@link #rarelyReplaceable()}) was replaced at least once.
 *
 * @param <T> the value type
 */
public interface WithCopyContract<T> {

    /**
     * Returns the values the law is checked on; the implementation must be annotated with
     * {@code @Provide}.
     *
     * @return the arbitrary, not null
     */
    Arbitrary<T> values();

    /**
     * Returns the public type whose {@code with*} methods are checked, such as {@code Course.class}.
     *
     * @return the type, not null
     */
    Class<T> type();

    /**
     * Returns the attributes whose value taken from another random value rarely fits (for example
     * a course's sessions, which must follow its contract's start): they are checked when the
     * replacement fits, but need not be replaced in every run.
     *
     * @return the attribute names, not null
     */
    default Set<String> rarelyReplaceable() {
        return Set.of();
    }

    /**
     * Replacing one attribute changes that attribute and no other.
     *
     * @param value any value
     * @param other the value the new attribute values come from
     */
    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    default void aWithCopyChangesOnlyItsAttribute(@ForAll("values") T value, @ForAll("values") T other) {
        List<Attribute> attributes = Attribute.of(type());
        assertThat(attributes).isNotEmpty();
        for (Attribute changed : attributes) {
            Object replacement = changed.get(other);
            Object copy;
            try {
                copy = changed.with(value, replacement);
            } catch (InvalidModelException e) {
                continue;
            }
            assertThat(changed.get(copy)).as(changed.name()).isEqualTo(replacement);
            for (Attribute kept : attributes) {
                if (kept != changed) {
                    assertThat(kept.get(copy)).as(kept.name() + " after with " + changed.name())
                            .isEqualTo(kept.get(value));
                }
            }
            Statistics.label("replaced").collect(changed.name());
        }
        Statistics.label("replaced").coverage(c -> {
            for (Attribute a : attributes) {
                if (!rarelyReplaceable().contains(a.name())) {
                    c.check(a.name()).count(n -> n > 0);
                }
            }
        });
    }

    /**
     * Replacing an attribute with its own value gives an equal value.
     *
     * @param value any value
     */
    @Property
    default void aWithCopyOfTheSameValueIsEqual(@ForAll("values") T value) {
        for (Attribute a : Attribute.of(type())) {
            assertThat(a.with(value, a.get(value))).as(a.name()).isEqualTo(value);
        }
    }
}
