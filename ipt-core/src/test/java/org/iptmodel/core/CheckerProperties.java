package org.iptmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The checker's repeat detection compares short lists pair by pair and hashes longer ones; both
 * paths must report exactly the elements equal to an earlier one, at their own index.
 */
class CheckerProperties {

    @Property
    void distinctReportsEachRepeatAtItsIndex(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 12) Integer> values) {
        List<String> expected = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                expected.add("values[" + i + "].key");
            }
        }
        Checker checker = new Checker("Test").distinct(values, v -> "k" + v, "values", ".key", ModelRule.UNIQUE_IDS);
        if (expected.isEmpty()) {
            assertThatCode(checker::done).doesNotThrowAnyException();
        } else {
            InvalidModelException e = catchThrowableOfType(InvalidModelException.class, checker::done);
            assertThat(e.violations()).extracting(Violation::path).containsExactlyElementsOf(expected);
            assertThat(e.violations()).extracting(Violation::rule).containsOnly(ModelRule.UNIQUE_IDS);
        }
    }
}
