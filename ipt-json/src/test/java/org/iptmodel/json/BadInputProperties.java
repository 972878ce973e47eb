package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Course;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;

/**
 * Documents broken at random (issue 5: a property deleted, a type changed, a value out of range,
 * an unknown property, a duplicate key, truncated bytes, random bytes) always give an
 * {@link IptJsonException} with a pointer to the broken place where there is one, never another
 * exception, and never repeat the text the mutation inserted nor the document's free text.
 */
class BadInputProperties {
    private static final String[] FREE_TEXT = {"argument", "\"quoted\"", "back\\slash", "ünïcödé", "日本語",
        "</script>", "line\nbreak", "tab\there"};

    @Provide
    Arbitrary<Course> courses() {
        return Generators.courses();
    }

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.randoms();
    }

    @Provide
    Arbitrary<org.iptmodel.core.Protocol> protocols() {
        return Generators.protocols();
    }

    @Property(tries = 500)
    void a_broken_course_gives_the_module_exception_at_the_broken_place(@ForAll("courses") Course course,
            @ForAll Mutator.Kind kind, @ForAll("randoms") Random random) {
        assertBrokenDocumentIsReported(Documents.COURSE, course, kind, random);
    }

    @Property(tries = 200)
    void a_broken_protocol_gives_the_module_exception_at_the_broken_place(
            @ForAll("protocols") org.iptmodel.core.Protocol protocol, @ForAll Mutator.Kind kind,
            @ForAll("randoms") Random random) {
        assertBrokenDocumentIsReported(Documents.PROTOCOL, protocol, kind, random);
    }

    @Provide
    Arbitrary<Ranking> rankings() {
        return Generators.rankings();
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        return Generators.schedules();
    }

    @Property(tries = 200)
    void a_broken_ranking_gives_the_module_exception_at_the_broken_place(@ForAll("rankings") Ranking ranking,
            @ForAll Mutator.Kind kind, @ForAll("randoms") Random random) {
        assertBrokenDocumentIsReported(Documents.RANKING, ranking, kind, random);
    }

    @Property(tries = 200)
    void a_broken_schedule_gives_the_module_exception_at_the_broken_place(@ForAll("schedules") Schedule schedule,
            @ForAll Mutator.Kind kind, @ForAll("randoms") Random random) {
        assertBrokenDocumentIsReported(Documents.SCHEDULE, schedule, kind, random);
    }

    @Provide
    Arbitrary<AdherenceReport> adherenceReports() {
        return Generators.adherenceReports();
    }

    @Provide
    Arbitrary<OutcomeReport> outcomeReports() {
        return Generators.outcomeReports();
    }

    @Property(tries = 300)
    void a_broken_adherence_report_gives_the_module_exception_at_the_broken_place(
            @ForAll("adherenceReports") AdherenceReport report, @ForAll Mutator.Kind kind,
            @ForAll("randoms") Random random) {
        assertBrokenDocumentIsReported(Documents.ADHERENCE, report, kind, random);
    }

    @Property(tries = 300)
    void a_broken_outcome_report_gives_the_module_exception_at_the_broken_place(
            @ForAll("outcomeReports") OutcomeReport report, @ForAll Mutator.Kind kind,
            @ForAll("randoms") Random random) {
        assertBrokenDocumentIsReported(Documents.OUTCOMES, report, kind, random);
    }

    private static <T> void assertBrokenDocumentIsReported(Document<T> document, T value, Mutator.Kind kind,
            Random random) {
        DocumentCodec<T> codec = IptJson.strict().codec(document);
        Mutator.Mutant mutant = Mutator.mutate(kind, codec.write(value), random);
        Throwable thrown = catchThrowable(() -> codec.read(mutant.bytes()));
        if (thrown == null) {
            assertThat(mayStillRead(document, mutant)).as("%s at %s reads", kind, mutant.pointer()).isTrue();
            return;
        }
        assertThat(thrown).isInstanceOf(IptJsonException.class);
        IptJsonException e = (IptJsonException) thrown;
        assertSafe(e, mutant);
        List<JsonProblem> problems = e.problems();
        String p = mutant.pointer();
        switch (kind) {
            case DELETE_PROPERTY:
                FormatPaths.Place place = FormatPaths.resolve(document, p);
                if (place == null || place.isRequired()) {
                    assertThat(problems).anySatisfy(problem -> {
                        assertThat(problem.kind()).isEqualTo(ProblemKind.MISSING);
                        assertThat(problem.pointer()).isEqualTo(p);
                    });
                }
                break;
            case CHANGE_TYPE:
                assertThat(problems).anySatisfy(problem -> assertThat(isAtOrUnder(problem.pointer(), p)).isTrue());
                break;
            case OUT_OF_RANGE:
                assertThat(problems).anySatisfy(problem -> {
                    assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
                    assertThat(isAtOrBeside(problem.pointer(), p)).as(problem.pointer()).isTrue();
                });
                break;
            case UNKNOWN_PROPERTY:
                assertThat(problems).anySatisfy(problem -> {
                    assertThat(problem.kind()).isEqualTo(ProblemKind.UNKNOWN_PROPERTY);
                    assertThat(problem.pointer()).isEqualTo(p);
                });
                break;
            case DUPLICATE_KEY:
                assertThat(problems).anySatisfy(problem -> {
                    assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
                    assertThat(problem.pointer()).isEqualTo(p);
                });
                break;
            default:
                assertThat(problems).isNotEmpty();
                break;
        }
    }

    /** Only these mutations may leave a valid document. */
    private static boolean mayStillRead(Document<?> document, Mutator.Mutant mutant) {
        switch (mutant.kind()) {
            case DELETE_PROPERTY: {
                FormatPaths.Place place = FormatPaths.resolve(document, mutant.pointer());
                return place != null && !place.isRequired();
            }
            case OUT_OF_RANGE: {
                FormatPaths.Place place = FormatPaths.resolve(document, mutant.pointer());
                return place != null && place.isText();
            }
            case RANDOM_BYTES:
                return true;
            default:
                return false;
        }
    }

    private static void assertSafe(IptJsonException e, Mutator.Mutant mutant) {
        String message = e.getMessage();
        if (mutant.marker() != null) {
            assertThat(message).doesNotContain(mutant.marker());
        }
        assertThat(message).doesNotContain(FREE_TEXT).doesNotContain(IptArbitraries.REDACTION_MARKER);
        assertThat(e.toString()).isEqualTo(IptJsonException.class.getName() + ": " + message);
        for (JsonProblem problem : e.problems()) {
            if (mutant.marker() != null) {
                assertThat(problem.pointer()).doesNotContain(mutant.marker());
                assertThat(problem.message()).doesNotContain(mutant.marker());
            }
            assertThat(problem.line()).isGreaterThanOrEqualTo(1);
            assertThat(problem.column()).isGreaterThanOrEqualTo(1);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            assertThat(cause).isInstanceOf(org.iptmodel.core.InvalidModelException.class);
        }
    }

    private static boolean isAtOrUnder(String problem, String place) {
        return problem.equals(place) || problem.startsWith(place + "/");
    }

    /** At the place, under it, or at a property of the same object (a rule linking two of them). */
    private static boolean isAtOrBeside(String problem, String place) {
        String parent = place.substring(0, place.lastIndexOf('/'));
        return isAtOrUnder(problem, place) || problem.startsWith(parent + "/") && problem.indexOf('/',
                parent.length() + 1) < 0;
    }

    @Property(tries = 200)
    void a_lenient_reader_ignores_an_unknown_property(@ForAll("courses") Course course,
            @ForAll("randoms") Random random) {
        assertLenientReaderIgnoresAnUnknownProperty(Documents.COURSE, course, random);
    }

    @Property(tries = 50)
    void a_lenient_reader_ignores_an_unknown_property_of_a_ranking(@ForAll("rankings") Ranking ranking,
            @ForAll("randoms") Random random) {
        assertLenientReaderIgnoresAnUnknownProperty(Documents.RANKING, ranking, random);
    }

    @Property(tries = 50)
    void a_lenient_reader_ignores_an_unknown_property_of_a_schedule(@ForAll("schedules") Schedule schedule,
            @ForAll("randoms") Random random) {
        assertLenientReaderIgnoresAnUnknownProperty(Documents.SCHEDULE, schedule, random);
    }

    @Property(tries = 50)
    void a_lenient_reader_ignores_an_unknown_property_of_an_adherence_report(
            @ForAll("adherenceReports") AdherenceReport report, @ForAll("randoms") Random random) {
        assertLenientReaderIgnoresAnUnknownProperty(Documents.ADHERENCE, report, random);
    }

    @Property(tries = 50)
    void a_lenient_reader_ignores_an_unknown_property_of_an_outcome_report(
            @ForAll("outcomeReports") OutcomeReport report, @ForAll("randoms") Random random) {
        assertLenientReaderIgnoresAnUnknownProperty(Documents.OUTCOMES, report, random);
    }

    private static <T> void assertLenientReaderIgnoresAnUnknownProperty(Document<T> document, T value,
            Random random) {
        DocumentCodec<T> strict = IptJson.strict().codec(document);
        Mutator.Mutant mutant = Mutator.mutate(Mutator.Kind.UNKNOWN_PROPERTY, strict.write(value), random);
        assertThat(IptJson.lenient().codec(document).read(mutant.bytes())).isEqualTo(value);
        assertThatExceptionOfType(IptJsonException.class).isThrownBy(() -> strict.read(mutant.bytes()));
    }
}
