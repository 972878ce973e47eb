package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facade and a mapper of the application's own holding {@code json.toModule()} cannot drift:
 * for generated documents, strict and lenient, they write the same bytes, read the same values,
 * and refuse broken documents with the same problems (kind, pointer, rule, message). The only
 * differences are those {@link IptJson#toModule()} documents: what Jackson reports before the
 * module is reached (input that is empty or not well-formed at the root, a root {@code null}),
 * content after the document, and the line and column of problems found by the model's
 * invariants.
 */
class FacadeModuleAgreementProperties {
    private static final IptJson STRICT = IptJson.strict();
    private static final IptJson LENIENT = IptJson.lenient();
    private static final JsonMapper STRICT_MAPPER = JsonMapper.builder().addModule(STRICT.toModule()).build();
    private static final JsonMapper LENIENT_MAPPER = JsonMapper.builder().addModule(LENIENT.toModule()).build();

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.randoms();
    }

    @Provide
    Arbitrary<Course> courses() {
        return Generators.courses();
    }

    @Provide
    Arbitrary<Protocol> protocols() {
        return Generators.protocols();
    }

    @Provide
    Arbitrary<Ranking> rankings() {
        return Generators.rankings();
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        return Generators.schedules();
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
    void courses_agree(@ForAll("courses") Course course, @ForAll Mutator.Kind kind, @ForAll boolean lenient,
            @ForAll("randoms") Random random) {
        assertAgree(Documents.COURSE, course, kind, lenient, random);
    }

    @Property(tries = 100)
    void protocols_agree(@ForAll("protocols") Protocol protocol, @ForAll Mutator.Kind kind, @ForAll boolean lenient,
            @ForAll("randoms") Random random) {
        assertAgree(Documents.PROTOCOL, protocol, kind, lenient, random);
    }

    @Property(tries = 100)
    void rankings_agree(@ForAll("rankings") Ranking ranking, @ForAll Mutator.Kind kind, @ForAll boolean lenient,
            @ForAll("randoms") Random random) {
        assertAgree(Documents.RANKING, ranking, kind, lenient, random);
    }

    @Property(tries = 100)
    void schedules_agree(@ForAll("schedules") Schedule schedule, @ForAll Mutator.Kind kind, @ForAll boolean lenient,
            @ForAll("randoms") Random random) {
        assertAgree(Documents.SCHEDULE, schedule, kind, lenient, random);
    }

    @Property(tries = 100)
    void adherence_reports_agree(@ForAll("adherenceReports") AdherenceReport report, @ForAll Mutator.Kind kind,
            @ForAll boolean lenient, @ForAll("randoms") Random random) {
        assertAgree(Documents.ADHERENCE, report, kind, lenient, random);
    }

    @Property(tries = 100)
    void outcome_reports_agree(@ForAll("outcomeReports") OutcomeReport report, @ForAll Mutator.Kind kind,
            @ForAll boolean lenient, @ForAll("randoms") Random random) {
        assertAgree(Documents.OUTCOMES, report, kind, lenient, random);
    }

    private static <T> void assertAgree(Document<T> document, T value, Mutator.Kind kind, boolean lenient,
            Random random) {
        IptJson json = lenient ? LENIENT : STRICT;
        JsonMapper mapper = lenient ? LENIENT_MAPPER : STRICT_MAPPER;
        DocumentCodec<T> codec = json.codec(document);

        byte[] written = codec.writeBytes(value);
        assertThat(mapper.writeValueAsBytes(value)).isEqualTo(written);
        assertThat(mapper.writeValueAsString(value)).isEqualTo(codec.write(value));
        assertThat(mapper.readValue(written, document.type())).isEqualTo(value);
        assertThat(codec.read(written)).isEqualTo(value);

        byte[] broken = Mutator.mutate(kind, codec.write(value), random).bytes();
        Throwable byFacade = catchThrowable(() -> codec.read(broken));
        Object read = null;
        Throwable byMapper = null;
        try {
            read = mapper.readValue(broken, document.type());
        } catch (JacksonException e) {
            byMapper = e;
        }
        if (byMapper instanceof IptJsonException e) {
            assertThat(byFacade).as("%s: the mapper refuses, so must the facade", kind)
                    .isInstanceOf(IptJsonException.class);
            assertThat(seen(((IptJsonException) byFacade).problems())).isEqualTo(seen(e.problems()));
        } else if (byMapper != null || read == null) {
            // Jackson itself refused the root (not well-formed, empty) or read a root null: the
            // module was never asked; the facade refuses at the root.
            assertThat(byFacade).as("%s: %s", kind, byMapper).isInstanceOf(IptJsonException.class);
            assertThat(((IptJsonException) byFacade).problems())
                    .allSatisfy(p -> assertThat(p.pointer()).isEmpty());
        } else if (byFacade != null) {
            // only content after the document, which this mapper leaves to FAIL_ON_TRAILING_TOKENS
            assertThat(byFacade).isInstanceOf(IptJsonException.class);
            assertThat(((IptJsonException) byFacade).problems()).singleElement()
                    .satisfies(p -> assertThat(p.pointer()).isEmpty())
                    .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.SYNTAX));
        } else {
            assertThat(read).isEqualTo(codec.read(broken));
        }
    }

    /** What a problem says, without its line and column. */
    private static List<String> seen(List<JsonProblem> problems) {
        return problems.stream()
                .map(p -> p.kind() + " " + p.pointer() + " " + p.rule().map(String::valueOf).orElse("-") + " " + p.message())
                .toList();
    }
}
