package org.iptmodel.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.function.Function;
import org.iptmodel.core.InvalidModelException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonGeneratorBase;

/** The scalar formats: text, whole numbers, booleans, identifiers, dates, periods and durations. */
final class Scalars {
    /** Free text or a token the model checks; at most the string limit long. */
    static final ValueFormat<String> TEXT = new Text();
    /**
     * A 32-bit whole number; read also when written with a zero fraction or an exponent
     * ({@code 12.0}, {@code 1.2e1}), as JSON Schema counts such numbers integers.
     */
    static final ValueFormat<Integer> INT = new Int();
    /** {@code true} or {@code false}. */
    static final ValueFormat<Boolean> BOOLEAN = new Bool();
    /** An ISO-8601 calendar date. */
    static final ValueFormat<LocalDate> DATE = new Parsed<>("must be an ISO-8601 date such as 2026-01-05",
            Temporals::parseDate, Temporals::formatDate) {
        @Override
        void write(JsonGenerator g, LocalDate value) {
            Temporals.writeDate(g, value);
        }
    };
    /** An ISO-8601 period of years, months, weeks or days. */
    static final ValueFormat<Period> PERIOD = new Parsed<>("must be an ISO-8601 period such as P1W or P1M",
            Temporals::parsePeriod, Temporals::formatPeriod);
    /** An ISO-8601 duration of hours, minutes and seconds. */
    static final ValueFormat<Duration> DURATION = new Parsed<>("must be an ISO-8601 duration such as PT50M",
            Temporals::parseDuration, Temporals::formatDuration) {
        @Override
        void write(JsonGenerator g, Duration value) {
            Temporals.writeDuration(g, value);
        }
    };

    private Scalars() {
    }

    /** An identifier of the model, created by its factory, which checks the identifier form. */
    static <T> ValueFormat<T> id(Function<String, T> of, Function<T, String> value) {
        return new Id<>(of, value);
    }

    /** Reads a string value, enforcing the string limit; returns null after recording a problem. */
    static String string(Reading r) {
        JsonParser p = r.parser;
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            r.wrongType("must be a string");
            return null;
        }
        if (p.getStringLength() > r.limits.maxStringLength()) {
            throw r.abort(ProblemKind.LIMIT, "exceeds the maximum string length");
        }
        return p.getString();
    }

    private static final class Text extends ValueFormat<String> {
        @Override
        Object read(Reading r, boolean optional) {
            String s = string(r);
            return s == null ? Reading.FAILED : s;
        }

        @Override
        void write(JsonGenerator g, String value) {
            if (Texts.hasLoneSurrogate(value) && g instanceof JsonGeneratorBase) {
                // JSON text: escape the surrogates. Other generators (a mapper's token buffers and
                // tree builders for valueToTree, convertValue) hold Java strings as they are.
                g.writeRawValue(Texts.quote(value));
            } else {
                g.writeString(value);
            }
        }
    }

    private static final class Int extends ValueFormat<Integer> {
        private static final String WHOLE = "must be a whole number";
        private static final String OUTSIDE = "is outside the range of a 32-bit integer";
        private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
        private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

        @Override
        Object read(Reading r, boolean optional) {
            JsonParser p = r.parser;
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT) {
                if (p.getNumberType() != JsonParser.NumberType.INT) {
                    return r.fail(ProblemKind.INVALID_VALUE, OUTSIDE);
                }
                return p.getIntValue();
            }
            if (t != JsonToken.VALUE_NUMBER_FLOAT) {
                return r.wrongType(WHOLE);
            }
            // 12.0, 1.2e1: a whole number written with a fraction or an exponent, as JSON Schema
            // counts it an integer; compared as a BigDecimal, never as a double, so that no
            // rounding turns 12.000000000000001 into 12
            BigDecimal value = p.getDecimalValue();
            if (value.signum() != 0 && value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
                return r.wrongType(WHOLE);
            }
            if (value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0) {
                return r.fail(ProblemKind.INVALID_VALUE, OUTSIDE);
            }
            return value.intValue();
        }

        @Override
        void write(JsonGenerator g, Integer value) {
            g.writeNumber(value.intValue());
        }
    }

    private static final class Bool extends ValueFormat<Boolean> {
        @Override
        Object read(Reading r, boolean optional) {
            JsonToken t = r.parser.currentToken();
            if (t == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (t == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            return r.wrongType("must be true or false");
        }

        @Override
        void write(JsonGenerator g, Boolean value) {
            g.writeBoolean(value);
        }
    }

    private static final class Id<T> extends ValueFormat<T> {
        private final Function<String, T> of;
        private final Function<T, String> value;

        Id(Function<String, T> of, Function<T, String> value) {
            this.of = of;
            this.value = value;
        }

        @Override
        Object read(Reading r, boolean optional) {
            String s = string(r);
            if (s == null) {
                return Reading.FAILED;
            }
            try {
                return of.apply(s);
            } catch (InvalidModelException e) {
                return r.rejected(e, e.violations().get(0).rule().description());
            }
        }

        @Override
        void write(JsonGenerator g, T id) {
            g.writeString(value.apply(id));
        }
    }

    private static class Parsed<T> extends ValueFormat<T> {
        private final String expected;
        private final Function<String, T> parse;
        private final Function<T, String> format;

        Parsed(String expected, Function<String, T> parse, Function<T, String> format) {
            this.expected = expected;
            this.parse = parse;
            this.format = format;
        }

        @Override
        Object read(Reading r, boolean optional) {
            String s = string(r);
            if (s == null) {
                return Reading.FAILED;
            }
            T value = parse.apply(s);
            return value == null ? r.fail(ProblemKind.INVALID_VALUE, expected) : value;
        }

        @Override
        void write(JsonGenerator g, T value) {
            g.writeString(format.apply(value));
        }
    }
}
