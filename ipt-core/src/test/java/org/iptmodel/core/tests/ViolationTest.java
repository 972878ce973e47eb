package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Violation;
import org.junit.jupiter.api.Test;

/** {@link Violation} and {@link InvalidModelException}, the way every broken rule is reported. */
class ViolationTest {

    private final Violation date = new Violation("date", ModelRule.SESSION_DATES, "date must be later");
    private final Violation number = new Violation("number", ModelRule.VALUE_IN_RANGE, "number must be at least 1");

    @Test
    void aViolationKeepsItsPathRuleAndMessage() {
        assertThat(date.path()).isEqualTo("date");
        assertThat(date.rule()).isEqualTo(ModelRule.SESSION_DATES);
        assertThat(date.message()).isEqualTo("date must be later");
        assertThat(date).hasToString("date: date must be later");
    }

    @Test
    void underNestsThePathBelowAPrefix() {
        assertThat(date.under("sessions[2]").path()).isEqualTo("sessions[2].date");
        assertThat(date.under("sessions[2]").rule()).isEqualTo(ModelRule.SESSION_DATES);
        assertThat(date.under("sessions[2]").message()).isEqualTo(date.message());
        assertThat(date.under("")).isEqualTo(date);
        assertThat(new Violation("", ModelRule.AMENDMENT_CHANGES, "m").under("contract.amendments[0]").path())
                .isEqualTo("contract.amendments[0]");
    }

    @Test
    void nullPartsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> new Violation(null, ModelRule.REQUIRED, "m"));
        assertThatNullPointerException().isThrownBy(() -> new Violation("p", null, "m"));
        assertThatNullPointerException().isThrownBy(() -> new Violation("p", ModelRule.REQUIRED, null));
        assertThatNullPointerException().isThrownBy(() -> date.under(null));
    }

    @Test
    void theExceptionNamesTheTypeAndEveryViolation() {
        InvalidModelException e = new InvalidModelException("Session", List.of(date, number));
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.type()).isEqualTo("Session");
        assertThat(e.violations()).containsExactly(date, number);
        assertThat(e.getMessage()).contains("Session", date.toString(), number.toString());
    }

    @Test
    void theExceptionKeepsACopyOfTheViolations() {
        List<Violation> list = new ArrayList<>(List.of(date));
        InvalidModelException e = new InvalidModelException("Session", list);
        list.add(number);
        assertThat(e.violations()).containsExactly(date);
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> e.violations().add(number));
    }

    @Test
    void anExceptionNeedsAtLeastOneViolation() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidModelException("Session", List.of()));
        assertThatNullPointerException().isThrownBy(() -> new InvalidModelException(null, List.of(date)));
        assertThatNullPointerException().isThrownBy(() -> new InvalidModelException("Session", null));
    }
}
