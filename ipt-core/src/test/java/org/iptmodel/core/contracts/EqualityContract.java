package org.iptmodel.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The laws of {@code equals} and {@code hashCode} for a value type: equality is reflexive,
 * symmetric and transitive, equal values have equal hash codes, a copy equals the original, a value
 * with one attribute changed does not, and no value equals {@code null} or a value of another type.
 *
 * <pre>{@code
 * class CourseIdProperties implements EqualityContract<CourseId> {
 *     @Provide
 *     public Arbitrary<CourseId> values() {
 *         return IptArbitraries.courseIds();
 *     }
 *
 *     public CourseId copyOf(CourseId id) {
 *         return CourseId.of(id.value());
 *     }
 *
 *     public CourseId changed(CourseId id) { ... }
 * }
 * }</pre>
 *
 * @param <T> the value type
 */
public interface EqualityContract<T> {

    /**
     * Returns the values the laws are checked on; the implementation must be annotated with
     * {@code @Provide}.
     *
     * @return the arbitrary, not null
     */
    Arbitrary<T> values();

    /**
     * Returns a copy of a value made through the type's public API, for example
     * {@code X.builder().from(value).build()}.
     *
     * @param value the value, not null
     * @return an equal value, not null
     */
    T copyOf(T value);

    /**
     * Returns a valid value that differs from {@code value} in exactly one attribute.
     *
     * @param value the value, not null
     * @return a different value, not null
     */
    T changed(T value);

    /**
     * A value equals itself.
     *
     * @param value any value
     */
    @Property
    default void equalsIsReflexive(@ForAll("values") T value) {
        assertThat(value.equals(value)).isTrue();
    }

    /**
     * Two values are equal both ways or neither way.
     *
     * @param value any value
     * @param other any other value
     */
    @Property
    default void equalsIsSymmetric(@ForAll("values") T value, @ForAll("values") T other) {
        assertThat(value.equals(other)).isEqualTo(other.equals(value));
        T copy = copyOf(value);
        assertThat(value.equals(copy)).isEqualTo(copy.equals(value));
    }

    /**
     * A copy of a copy equals the original.
     *
     * @param value any value
     */
    @Property
    default void equalsIsTransitive(@ForAll("values") T value) {
        T copy = copyOf(value);
        T copyOfCopy = copyOf(copy);
        assertThat(value).isEqualTo(copy);
        assertThat(copy).isEqualTo(copyOfCopy);
        assertThat(value).isEqualTo(copyOfCopy);
    }

    /**
     * A copy made through the public API equals the original and has the same hash code.
     *
     * @param value any value
     */
    @Property
    default void aCopyIsEqualAndHasTheSameHashCode(@ForAll("values") T value) {
        T copy = copyOf(value);
        assertThat(copy).isEqualTo(value);
        assertThat(copy.hashCode()).isEqualTo(value.hashCode());
        assertThat(value.hashCode()).isEqualTo(value.hashCode());
    }

    /**
     * A value with one attribute changed is not equal to the original.
     *
     * @param value any value
     */
    @Property
    default void aChangedValueIsNotEqual(@ForAll("values") T value) {
        T other = changed(value);
        assertThat(other).isNotEqualTo(value);
        assertThat(value).isNotEqualTo(other);
    }

    /**
     * No value equals {@code null} or an object of another type.
     *
     * @param value any value
     */
    @Property
    default void neverEqualsNullOrAnotherType(@ForAll("values") T value) {
        assertThat(value.equals(null)).isFalse();
        assertThat(value.equals(new Object())).isFalse();
        assertThat(value.equals(value.toString())).isFalse();
    }
}
