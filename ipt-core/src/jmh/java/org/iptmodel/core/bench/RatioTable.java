package org.iptmodel.core.bench;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the ratios ours / baseline from a JMH JSON result file.
 *
 * <p>Convention: in each benchmark class the method named {@code baseline} is the denominator;
 * every other method of the class is compared with the baseline run with the same parameters.
 * The score compared is the median of the measurement iterations ({@code scorePercentiles "50.0"}).
 * A class may declare {@code public static final double TARGET}, the largest acceptable ratio,
 * {@code public static final String TARGET_PARAMS}, the parameters the target applies to (such as
 * {@code "n=100000"}; all if absent) and {@code public static final String TARGET_METHODS}, the
 * methods it applies to, comma-separated (all but the baseline if absent); the table then says
 * whether each ratio meets it. An optional {@code public static final double LIMIT} is the ratio
 * never to exceed when the target is missed.
 *
 * <p>Reads the file with a small JSON parser: the benchmarks add no dependency besides JMH.
 */
public final class RatioTable {

    private RatioTable() {
    }

    /**
     * Prints the table.
     *
     * @param args the path of the JMH JSON result file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RatioTable jmh-result.json");
            System.exit(2);
        }
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        List<Row> rows = rows(new Json(text).value());
        System.out.println();
        System.out.println("Ratios ours / baseline (medians of the measurement iterations, same run): " + args[0]);
        System.out.println(String.format(Locale.ROOT, "%-44s %-14s %14s %-8s %14s %9s  %s",
                "benchmark", "params", "median", "unit", "alloc B/op", "ratio", "target"));
        for (Row row : rows) {
            Row base = baseline(rows, row);
            String ratio = "";
            String target = "";
            if (base != null && row != base) {
                double r = row.median / base.median;
                ratio = String.format(Locale.ROOT, "%.2f", r);
                target = target(row, r);
            } else if (row == base) {
                ratio = "1 (base)";
            }
            System.out.println(String.format(Locale.ROOT, "%-44s %-14s %14.3f %-8s %14s %9s  %s",
                    row.shortName(), row.params, row.median, row.unit,
                    Double.isNaN(row.allocPerOp) ? "-" : String.format(Locale.ROOT, "%.0f", row.allocPerOp),
                    ratio, target));
        }
        System.out.println();
    }

    private static Row baseline(List<Row> rows, Row row) {
        for (Row candidate : rows) {
            if (candidate.className.equals(row.className) && candidate.method.equals("baseline")
                    && candidate.params.equals(row.params)) {
                return candidate;
            }
        }
        return null;
    }

    private static String target(Row row, double ratio) {
        try {
            Class<?> type = Class.forName(row.className);
            Field field = type.getField("TARGET");
            if (!Modifier.isStatic(field.getModifiers())) {
                return "";
            }
            double target = field.getDouble(null);
            String applies = constant(type, "TARGET_PARAMS");
            String methods = constant(type, "TARGET_METHODS");
            if (!methods.isEmpty() && !List.of(methods.split(",")).contains(row.method)) {
                return "";
            }
            if (!applies.isEmpty() && !row.params.equals(applies)) {
                return String.format(Locale.ROOT, "(<= %.1f at %s)", target, applies);
            }
            String verdict = ratio <= target ? "met" : "MISSED";
            try {
                double limit = type.getField("LIMIT").getDouble(null);
                if (ratio > target) {
                    verdict = ratio <= limit ? String.format(Locale.ROOT, "missed, within the limit %.1f", limit)
                            : String.format(Locale.ROOT, "MISSED, over the limit %.1f", limit);
                }
            } catch (NoSuchFieldException e) {
                // no limit beyond the target
            }
            return String.format(Locale.ROOT, "<= %.1f %s", target, verdict);
        } catch (ReflectiveOperationException | LinkageError e) {
            return "";
        }
    }

    private static String constant(Class<?> type, String name) throws IllegalAccessException {
        try {
            return (String) type.getField(name).get(null);
        } catch (NoSuchFieldException e) {
            return "";
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(Object root) {
        List<Row> rows = new ArrayList<>();
        for (Object item : (List<Object>) root) {
            Map<String, Object> result = (Map<String, Object>) item;
            String benchmark = (String) result.get("benchmark");
            int dot = benchmark.lastIndexOf('.');
            Map<String, Object> params = (Map<String, Object>) result.getOrDefault("params", Map.of());
            StringBuilder p = new StringBuilder();
            for (Map.Entry<String, Object> e : params.entrySet()) {
                p.append(p.length() == 0 ? "" : ",").append(e.getKey()).append('=').append(e.getValue());
            }
            Map<String, Object> primary = (Map<String, Object>) result.get("primaryMetric");
            Map<String, Object> percentiles = (Map<String, Object>) primary.get("scorePercentiles");
            Object median = percentiles == null ? null : percentiles.get("50.0");
            double value = number(median != null ? median : primary.get("score"));
            double alloc = Double.NaN;
            Map<String, Object> secondary = (Map<String, Object>) result.get("secondaryMetrics");
            if (secondary != null && secondary.get("gc.alloc.rate.norm") instanceof Map) {
                alloc = number(((Map<String, Object>) secondary.get("gc.alloc.rate.norm")).get("score"));
            }
            rows.add(new Row(benchmark.substring(0, dot), benchmark.substring(dot + 1), p.toString(), value,
                    (String) primary.get("scoreUnit"), alloc));
        }
        return rows;
    }

    private static double number(Object value) {
        if (value instanceof Double) {
            return (Double) value;
        }
        return value == null ? Double.NaN : Double.parseDouble(value.toString());
    }

    /** One benchmark result. */
    private static final class Row {
        final String className;
        final String method;
        final String params;
        final double median;
        final String unit;
        final double allocPerOp;

        Row(String className, String method, String params, double median, String unit, double allocPerOp) {
            this.className = className;
            this.method = method;
            this.params = params;
            this.median = median;
            this.unit = unit;
            this.allocPerOp = allocPerOp;
        }

        String shortName() {
            return className.substring(className.lastIndexOf('.') + 1) + "." + method;
        }
    }

    /** A minimal JSON reader: objects, arrays, strings, numbers (and JMH's NaN), booleans, null. */
    private static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                case 'N':
                    return literal("NaN", Double.NaN);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            skipSpace();
            if (text.charAt(at) == '}') {
                at++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                map.put(key, value());
                skipSpace();
                if (text.charAt(at) == ',') {
                    at++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            at++;
            skipSpace();
            if (text.charAt(at) == ']') {
                at++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                if (text.charAt(at) == ',') {
                    at++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n':
                            sb.append('\n');
                            break;
                        case 't':
                            sb.append('\t');
                            break;
                        case 'r':
                            sb.append('\r');
                            break;
                        case 'b':
                            sb.append('\b');
                            break;
                        case 'f':
                            sb.append('\f');
                            break;
                        case 'u':
                            sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                            break;
                        default:
                            sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        private Double number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("unexpected character at offset " + at);
            }
            return Double.parseDouble(text.substring(start, at));
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw new IllegalArgumentException("expected " + word + " at offset " + at);
            }
            at += word.length();
            return value;
        }

        private void expect(char c) {
            if (text.charAt(at) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at offset " + at);
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
