package org.iptmodel.core.arbitraries;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Phase;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Session;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.Violation;
import org.iptmodel.core.plan.PlannedSession;
import org.iptmodel.core.report.SafetyFlag;

/**
 * The works of the bibliography, and the exceptions and violations the model reports for invalid
 * input. Package-private: use {@link IptArbitraries}.
 *
 * <p>Every exception is the model's own answer to an invalid call of its public API, caught:
 * its violations carry the paths, rules and messages the model gives, never redacted text.
 */
final class ViolationArbitraries {
    private static final Arbitrary<Integer> KEY = Arbitraries.integers().between(0, 10_000);
    /** Characters no identifier may hold. */
    private static final List<String> BAD = List.of(" ", "/", "#", "\n", "\u00e9", "\t", "*");

    static final Arbitrary<Reference> REFERENCES = Arbitraries.of(Bibliography.all());

    static final Arbitrary<InvalidModelException> EXCEPTIONS = Arbitraries.frequencyOf(
            Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 20))
                    .as((min, gap) -> caught(() -> IntRange.of(min, min - gap)))),
            Tuple.of(1, Combinators.combine(Arbitraries.of(Severity.class), Arbitraries.integers().between(1, 30))
                    .as((severity, gap) -> caught(() -> SeverityBand.of(severity, gap, 0)))),
            Tuple.of(3, Combinators.combine(IptArbitraries.idTokens(), Arbitraries.of(BAD), KEY, Arbitraries.of(0, 1, 2))
                    .as(ViolationArbitraries::badId)),
            Tuple.of(2, Combinators.combine(IptArbitraries.instruments(), Arbitraries.integers().between(1, 1000))
                    .as((instrument, above) -> caught(() -> Measurement.of(instrument, instrument.maxScore() + above)))),
            Tuple.of(1, Combinators.combine(Arbitraries.integers().between(-5, 0), IptArbitraries.dates(),
                    Arbitraries.of(Phase.class)).as((number, date, phase) -> caught(() -> new PlannedSession(number,
                    date, phase)))),
            Tuple.of(1, Combinators.combine(Arbitraries.integers().between(-3, 0), Arbitraries.of("", " ", "phq 9"),
                    Arbitraries.integers().between(-3, 0)).as((session, code, n) -> caught(() -> new SafetyFlag(
                    session, code, n, n)))),
            Tuple.of(1, Combinators.combine(IptArbitraries.dates(), Arbitraries.integers().between(-3, 0),
                    IptArbitraries.sessionLengths()).as((date, number, length) -> caught(() -> Session.builder()
                    .number(number).date(date).phase(Phase.INITIAL).length(length).build()))),
            Tuple.of(1, Arbitraries.of("id", "patient", "protocol").map(skipped -> caught(() -> {
                Course.Builder builder = Course.builder();
                if (!skipped.equals("id")) {
                    builder.id(CourseId.of("c-1"));
                }
                builder.build();
            }))));
    static final Arbitrary<Violation> VIOLATIONS = Combinators.combine(EXCEPTIONS, KEY,
            Arbitraries.of("", "", "course", "sessions[3]", "inventory.people[0]"))
            .as((exception, key, prefix) -> exception.violations().get(key % exception.violations().size())
                    .under(prefix));

    private ViolationArbitraries() {
    }

    /** An identifier with a bad character inserted, or the empty text, as a course, issue or person id. */
    private static InvalidModelException badId(String token, String bad, int key, int kind) {
        int at = key % (token.length() + 1);
        String text = key % 11 == 0 ? "" : token.substring(0, at) + bad + token.substring(at);
        return caught(() -> {
            switch (kind) {
                case 0 -> CourseId.of(text);
                case 1 -> IssueId.of(text);
                default -> PersonId.of(text);
            }
        });
    }

    /** Runs a call that the model must reject and returns its exception. */
    private static InvalidModelException caught(Runnable invalid) {
        try {
            invalid.run();
        } catch (InvalidModelException e) {
            return e;
        }
        throw new IllegalStateException("the model accepted an input the testkit generated as invalid");
    }
}
