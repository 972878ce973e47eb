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
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facade and a mapper of the application's own holding {@code json.toModule()} cannot drift:
 * for generated documents, strict and lenient, they write the same bytes, read the same values,
 * and refuse broken documents with the same problems (kind, pointer, rule, message). The only
 * differences are those {@link IptJson#toModule()} documents: what Jackson reports itself (input
 * that is empty or not well-formed at the root, content after the document, a root {@code null}),
 * where the facade refuses at the root, and the line and column of problems found by the model's
 * invariants.
 */
class FacadeModuleAgreementProperties {
    private static final String SAME_PROBLEMS = "same problems";
    private static final IptJson STRICT = IptJson.strict();
    private static final IptJson LENIENT = IptJson.lenient();
    private static final JsonMapper STRICT_MAPPER = JsonMapper.builder().addModule(STRICT.toModule()).build();
    private static final JsonMapper LENIENT_MAPPER = JsonMapper.builder().addModule(LENIENT.toModule()).build();

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.randoms();
    }

    /** A generated value with its document type. */
    record Generated<T>(Document<T> document, T value) {
    }

    @Provide
    Arbitrary<Generated<?>> documents() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Generators.courses().map(v -> generated(Documents.COURSE, v))),
                Tuple.of(1, Generators.protocols().map(v -> generated(Documents.PROTOCOL, v))),
                Tuple.of(1, Generators.rankings().map(v -> generated(Documents.RANKING, v))),
                Tuple.of(1, Generators.schedules().map(v -> generated(Documents.SCHEDULE, v))),
                Tuple.of(1, Generators.adherenceReports().map(v -> generated(Documents.ADHERENCE, v))),
                Tuple.of(1, Generators.outcomeReports().map(v -> generated(Documents.OUTCOMES, v))));
    }

    private static <T> Generated<?> generated(Document<T> document, T value) {
        return new Generated<>(document, value);
    }

    @Property(tries = 800)
    void the_facade_and_a_mapper_holding_its_module_agree(@ForAll("documents") Generated<?> generated,
            @ForAll Mutator.Kind kind, @ForAll boolean lenient, @ForAll("randoms") Random random) {
        Statistics.label("outcome").collect(assertAgree(generated, kind, lenient, random));
        Statistics.label("outcome").coverage(check -> check.check(SAME_PROBLEMS).percentage(p -> p > 25));
    }

    private static <T> String assertAgree(Generated<T> generated, Mutator.Kind kind, boolean lenient, Random random) {
        return assertAgree(generated.document(), generated.value(), kind, lenient, random);
    }

    /** Checks that they agree and returns which way they did. */
    private static <T> String assertAgree(Document<T> document, T value, Mutator.Kind kind, boolean lenient,
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
            return SAME_PROBLEMS;
        } else if (byMapper != null || read == null) {
            // Jackson itself refused the root (not well-formed, empty) or content after it, or read a
            // root null: the module was never asked or had read a value; the facade refuses at the root.
            assertThat(byFacade).as("%s: %s", kind, byMapper).isInstanceOf(IptJsonException.class);
            assertThat(((IptJsonException) byFacade).problems())
                    .allSatisfy(p -> assertThat(p.pointer()).isEmpty());
            return "refused by Jackson itself";
        }
        assertThat(read).isEqualTo(codec.read(broken));
        return "same value";
    }

    /** What a problem says, without its line and column. */
    private static List<String> seen(List<JsonProblem> problems) {
        return problems.stream()
                .map(p -> p.kind() + " " + p.pointer() + " " + p.rule().map(String::valueOf).orElse("-") + " " + p.message())
                .toList();
    }
}
