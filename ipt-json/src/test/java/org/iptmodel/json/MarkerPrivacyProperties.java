package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iptmodel.core.Course;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input text never comes back: a marker planted in a property name, inside a name that breaks the
 * syntax, or in a value, of a valid course document, never appears in any problem, pointer,
 * message or {@code BadLine} of the facade (strict and lenient), the NDJSON reader or a user's
 * mapper with the module. Pointers hold names of the format only.
 */
class MarkerPrivacyProperties {
    private static final String MARKER = "zqx-marker";
    private static final Pattern NAME = Pattern.compile("\"([a-z_]+)\":");
    private static final Pattern STRING_VALUE = Pattern.compile(":\"([^\"\\\\]*)\"");
    private static final Pattern NUMBER_VALUE = Pattern.compile(":(-?[0-9]+)");
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new IptJsonModule()).build();

    enum Plant {
        /** An unknown property name: {@code "zqx-marker":}. */
        NAME,
        /** Text inside a name that then breaks the syntax: {@code "onset zqx-marker","x":}. */
        BROKEN_NAME,
        /** A string value replaced by the marker. */
        STRING,
        /** A number replaced by the marker, as a string. */
        NUMBER,
        /** The marker as bare text where a value should be. */
        BARE
    }

    @Provide
    Arbitrary<Course> courses() {
        return Generators.courses();
    }

    @Property(tries = 400)
    void a_planted_marker_never_comes_back(@ForAll("courses") Course course, @ForAll Plant plant,
            @ForAll Random random) {
        String json = IptJson.strict().course().write(course);
        String mutated = plant(plant, json, random);
        Statistics.label("plant").collect(plant);
        if (mutated == null) {
            return;
        }
        List<String> said = new ArrayList<>();
        for (IptJson reader : List.of(IptJson.strict(), IptJson.lenient())) {
            said.add(String.valueOf(catchThrowable(() -> reader.course().read(mutated))));
            said.addAll(problems(catchThrowable(() -> reader.course().read(mutated))));
            said.addAll(problems(catchThrowable(() -> reader.course().read(mutated.getBytes(StandardCharsets.UTF_8)))));
            List<BadLine> bad = new ArrayList<>();
            try (Stream<Course> lines = reader.course().readLines(
                    new ByteArrayInputStream((json + "\n" + mutated + "\n").getBytes(StandardCharsets.UTF_8)), bad::add)) {
                lines.forEach(c -> { });
            }
            bad.forEach(b -> said.add(b.toString()));
        }
        Throwable viaModule = catchThrowable(() -> MAPPER.readValue(mutated, Course.class));
        said.add(String.valueOf(viaModule));
        said.addAll(problems(viaModule));
        for (String text : said) {
            assertThat(text).doesNotContain(MARKER);
        }
    }

    /** The pointers, messages and texts of an {@link IptJsonException}'s problems. */
    private static List<String> problems(Throwable thrown) {
        List<String> texts = new ArrayList<>();
        if (thrown instanceof IptJsonException e) {
            for (JsonProblem problem : e.problems()) {
                texts.add(problem.pointer());
                texts.add(problem.message());
                texts.add(problem.toString());
            }
        }
        return texts;
    }

    /** The document with the marker planted once, or null if it offers no place for this plant. */
    static String plant(Plant plant, String json, Random random) {
        switch (plant) {
            case NAME:
                return replaceOne(NAME, json, random, m -> "\"" + MARKER + "\":");
            case BROKEN_NAME:
                return replaceOne(NAME, json, random, m -> "\"" + m.group(1) + " " + MARKER + "\",\"x\":");
            case STRING:
                return replaceOne(STRING_VALUE, json, random, m -> ":\"" + MARKER + "\"");
            case NUMBER:
                return replaceOne(NUMBER_VALUE, json, random, m -> ":\"" + MARKER + "\"");
            default:
                return replaceOne(NUMBER_VALUE, json, random, m -> ":" + MARKER);
        }
    }

    private static String replaceOne(Pattern pattern, String json, Random random,
            java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(json);
        List<int[]> places = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        while (m.find()) {
            places.add(new int[] {m.start(), m.end()});
            replacements.add(replacement.apply(m));
        }
        if (places.isEmpty()) {
            return null;
        }
        int i = random.nextInt(places.size());
        return json.substring(0, places.get(i)[0]) + replacements.get(i) + json.substring(places.get(i)[1]);
    }

    @Property(tries = 50)
    void the_documented_example_keeps_the_name_out_of_the_pointer(@ForAll("texts") String text) {
        String json = "{\"schema\":\"iptmodel/course\",\"version\":1,\"formulation\":{\"onset " + text
                + "\",\"x\":1}}";
        Throwable thrown = catchThrowable(() -> IptJson.strict().course().read(json));
        assertThat(thrown).isInstanceOf(IptJsonException.class);
        for (String said : problems(thrown)) {
            assertThat(said).doesNotContain(text);
        }
        assertThat(((IptJsonException) thrown).problems()).extracting(JsonProblem::pointer)
                .allSatisfy(pointer -> assertThat(pointer).isIn("", "/formulation"));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(12).ofMaxLength(20).map(s -> MARKER + s);
    }
}
