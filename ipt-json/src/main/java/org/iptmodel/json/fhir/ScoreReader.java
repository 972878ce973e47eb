package org.iptmodel.json.fhir;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.iptmodel.core.Course;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.Session;
import org.iptmodel.core.Violation;
import org.iptmodel.json.IptJsonException;
import org.iptmodel.json.ProblemKind;
import org.iptmodel.json.internal.Refusals;
import org.iptmodel.json.internal.Refusals.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads symptom scores from FHIR JSON; see FHIR.md for what is recognised. */
final class ScoreReader {
    private static final int MAX_PROBLEMS = 100;
    private static final Pattern RESOURCE_TYPE = Pattern.compile("[A-Z][A-Za-z]{1,63}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

    private final Course course;
    private final List<Instrument> known;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    /** A score read, with where it was and its date. */
    private record Score(String pointer, LocalDate date, Measurement measurement) {
    }

    private ScoreReader(Course course, List<Instrument> more) {
        this.course = course;
        List<Instrument> all = new ArrayList<>(Instrument.catalogue());
        course.sessions().forEach(s -> s.measurements().forEach(m -> all.add(m.instrument())));
        all.addAll(more);
        this.known = all;
    }

    static FhirImport read(JsonMapper mapper, String json, Course course, List<Instrument> instruments) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            // Jackson's messages quote input: neither copied nor chained
            throw refuse(List.of(new Problem(ProblemKind.SYNTAX, "", null, "is not well-formed JSON")));
        }
        return new ScoreReader(course, instruments).read(root);
    }

    private FhirImport read(JsonNode root) {
        List<Score> scores = new ArrayList<>();
        if (root == null || root.isMissingNode()) {
            fail(ProblemKind.SYNTAX, "", "holds no JSON value");
        } else if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                resource(root.get(i), "/" + i, scores);
            }
        } else if (root.isObject()) {
            String type = resourceType(root, "");
            if (type != null && !type.equals("Bundle")) {
                fail(ProblemKind.INVALID_VALUE, "/resourceType",
                        "must be Bundle: the input is a FHIR R4 Bundle or an array of resources");
            } else if (type != null) {
                JsonNode entries = root.get("entry");
                if (entries != null && !entries.isArray()) {
                    fail(ProblemKind.WRONG_TYPE, "/entry", "must be an array");
                } else if (entries != null) {
                    for (int i = 0; i < entries.size(); i++) {
                        JsonNode entry = entries.get(i);
                        String at = "/entry/" + i;
                        if (!entry.isObject()) {
                            fail(ProblemKind.WRONG_TYPE, at, "must be an object");
                        } else if (entry.get("resource") == null) {
                            skipped.add(at);
                        } else {
                            resource(entry.get("resource"), at + "/resource", scores);
                        }
                    }
                }
            }
        } else {
            fail(ProblemKind.WRONG_TYPE, "", "must be a FHIR R4 Bundle or an array of resources");
        }
        if (!problems.isEmpty()) {
            throw refuse(problems);
        }
        return place(scores);
    }

    private String resourceType(JsonNode resource, String at) {
        JsonNode type = resource.get("resourceType");
        if (type == null) {
            fail(ProblemKind.MISSING, at + "/resourceType", "is required: the value is not a FHIR resource");
            return null;
        }
        if (!type.isString()) {
            fail(ProblemKind.WRONG_TYPE, at + "/resourceType", "must be a string");
            return null;
        }
        if (!RESOURCE_TYPE.matcher(type.stringValue()).matches()) {
            fail(ProblemKind.INVALID_VALUE, at + "/resourceType", "is not a FHIR resource type");
            return null;
        }
        return type.stringValue();
    }

    private void resource(JsonNode resource, String at, List<Score> scores) {
        if (!resource.isObject()) {
            fail(ProblemKind.WRONG_TYPE, at, "must be a FHIR resource, an object");
            return;
        }
        String type = resourceType(resource, at);
        if (type == null) {
            return;
        }
        if (!type.equals("Observation")) {
            skipped.add(at);
            return;
        }
        Optional<Instrument> instrument = instrument(resource.get("code"));
        JsonNode status = resource.get("status");
        boolean void_ = status != null && status.isString()
                && (status.stringValue().equals("entered-in-error") || status.stringValue().equals("cancelled"));
        if (instrument.isEmpty() || void_) {
            skipped.add(at);
            return;
        }
        Instrument ins = instrument.get();
        int before = problems.size();
        LocalDate date = date(resource.get("effectiveDateTime"), at + "/effectiveDateTime");
        Integer total = integer(resource.get("valueInteger"), at + "/valueInteger");
        Integer[] items = new Integer[ins.itemCount()];
        int found = 0;
        JsonNode components = resource.get("component");
        if (components != null && !components.isArray()) {
            fail(ProblemKind.WRONG_TYPE, at + "/component", "must be an array");
        } else if (components != null) {
            for (int i = 0; i < components.size(); i++) {
                String cat = at + "/component/" + i;
                JsonNode component = components.get(i);
                if (!component.isObject()) {
                    fail(ProblemKind.WRONG_TYPE, cat, "must be an object");
                    continue;
                }
                int item = item(ins, component.get("code"));
                if (item < 0) {
                    continue;
                }
                Integer value = integer(component.get("valueInteger"), cat + "/valueInteger");
                if (items[item] != null) {
                    fail(ProblemKind.INVALID_VALUE, cat, "repeats an item of the instrument");
                } else if (value != null) {
                    items[item] = value;
                    found++;
                }
            }
        }
        if (problems.size() > before) {
            return;
        }
        if (found > 0 && found < ins.itemCount()) {
            fail(ProblemKind.INVALID_VALUE, at + "/component",
                    "must hold every item of the instrument (" + ins.itemCount() + ") or none");
            return;
        }
        try {
            Measurement.Builder b = Measurement.builder().instrument(ins).total(total);
            if (found > 0) {
                b.items(Arrays.asList(items));
            }
            scores.add(new Score(at, date, b.build()));
        } catch (InvalidModelException e) {
            for (Violation v : e.violations()) {
                boolean onTotal = v.path().equals("total");
                ModelRule rule = v.rule();
                String message = onTotal ? "is not a score of the instrument: 0 to " + ins.maxScore()
                        : "must be the instrument's item responses, each within its item's range, summing to the total";
                fail(ProblemKind.INVALID_VALUE, at + (onTotal ? "/valueInteger" : "/component"), rule, message);
            }
        }
    }

    private Optional<Instrument> instrument(JsonNode code) {
        for (JsonNode coding : codings(code)) {
            String system = text(coding.get("system"));
            String value = text(coding.get("code"));
            if (system == null || value == null) {
                continue;
            }
            if (system.equals(Codes.LOINC) && (value.equals(Codes.PHQ9_TOTAL) || value.equals(Codes.PHQ9_PANEL))) {
                return Optional.of(Instrument.phq9());
            }
            if (system.equals(Codes.INSTRUMENT)) {
                Optional<Instrument> i = known.stream().filter(k -> k.code().equals(value)).findFirst();
                if (i.isPresent()) {
                    return i;
                }
            }
        }
        return Optional.empty();
    }

    /** The zero-based item a component's code names, or -1. */
    private static int item(Instrument instrument, JsonNode code) {
        for (JsonNode coding : codings(code)) {
            String system = text(coding.get("system"));
            String value = text(coding.get("code"));
            if (system == null || value == null) {
                continue;
            }
            Optional<List<String>> loinc = Codes.loincItems(instrument);
            if (system.equals(Codes.LOINC) && loinc.isPresent() && loinc.get().contains(value)) {
                return loinc.get().indexOf(value);
            }
            String prefix = instrument.code() + "/";
            if (system.equals(Codes.INSTRUMENT_ITEM) && value.startsWith(prefix)) {
                String n = value.substring(prefix.length());
                if (n.matches("[1-9][0-9]{0,3}") && Integer.parseInt(n) <= instrument.itemCount()) {
                    return Integer.parseInt(n) - 1;
                }
            }
        }
        return -1;
    }

    private static List<JsonNode> codings(JsonNode code) {
        List<JsonNode> out = new ArrayList<>();
        if (code != null && code.isObject() && code.get("coding") != null && code.get("coding").isArray()) {
            for (JsonNode coding : code.get("coding")) {
                if (coding.isObject()) {
                    out.add(coding);
                }
            }
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private Integer integer(JsonNode node, String at) {
        if (node == null) {
            fail(ProblemKind.MISSING, at, "is required");
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            fail(ProblemKind.WRONG_TYPE, at, "must be an integer");
            return null;
        }
        return node.intValue();
    }

    private LocalDate date(JsonNode node, String at) {
        if (node == null) {
            fail(ProblemKind.MISSING, at, "is required: the date places the score into a session");
            return null;
        }
        if (!node.isString()) {
            fail(ProblemKind.WRONG_TYPE, at, "must be a string");
            return null;
        }
        String s = node.stringValue();
        if (!DATE.matcher(s).matches()) {
            fail(ProblemKind.INVALID_VALUE, at, "must be a FHIR date or dateTime with a day, YYYY-MM-DD");
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeException e) {
            fail(ProblemKind.INVALID_VALUE, at, "is not a date of the calendar");
            return null;
        }
    }

    private FhirImport place(List<Score> scores) {
        Map<Integer, Session> sessions = new LinkedHashMap<>();
        course.sessions().forEach(s -> sessions.put(s.number(), s));
        List<String> unplaced = new ArrayList<>();
        int imported = 0;
        for (Score score : scores) {
            Optional<Session> on = sessions.values().stream().filter(s -> s.date().equals(score.date())).findFirst();
            if (on.isEmpty() || on.get().measurement(score.measurement().instrument()).isPresent()) {
                unplaced.add(score.pointer());
                continue;
            }
            Session s = on.get();
            List<Measurement> ms = new ArrayList<>(s.measurements());
            ms.add(score.measurement());
            sessions.put(s.number(), s.withMeasurements(ms));
            imported++;
        }
        Course out = imported == 0 ? course : course.withSessions(sessions.values());
        return new FhirImport(out, imported, skipped, unplaced);
    }

    private void fail(ProblemKind kind, String pointer, String message) {
        fail(kind, pointer, null, message);
    }

    private void fail(ProblemKind kind, String pointer, ModelRule rule, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(kind, pointer, rule, message));
        }
    }

    private static IptJsonException refuse(List<Problem> problems) {
        return Refusals.exception(problems, null);
    }
}
