package org.iptmodel.json.fhir;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseStatus;
import org.iptmodel.core.Focus;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Session;
import org.iptmodel.core.plan.Planner;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.plan.SessionComparison;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.SafetyFlag;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes one course as a FHIR R4 Bundle tree; see FHIR.md for the mapping. */
final class BundleWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String IPT_NAME = "Interpersonal psychotherapy";

    private final Course course;
    private final FhirBridge options;
    private final ArrayNode entries = NODES.arrayNode();
    private final Map<Integer, String> encounters = new HashMap<>();

    private BundleWriter(Course course, FhirBridge options) {
        this.course = course;
        this.options = options;
    }

    static ObjectNode write(Course course, FhirBridge options) {
        ObjectNode bundle = new BundleWriter(course, options).bundle();
        clean(bundle);
        return bundle;
    }

    /**
     * Replaces in every string what a FHIR string cannot hold (an XML document neither: a lone
     * surrogate, a control character other than tab, line feed and carriage return) by U+FFFD.
     */
    private static void clean(tools.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            for (String name : new ArrayList<>(object.propertyNames())) {
                tools.jackson.databind.JsonNode value = object.get(name);
                if (value.isString()) {
                    object.put(name, fhirString(value.stringValue()));
                } else {
                    clean(value);
                }
            }
        } else if (node instanceof ArrayNode) {
            node.forEach(BundleWriter::clean);
        }
    }

    static String fhirString(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
            }
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }

    private ObjectNode bundle() {
        ObjectNode bundle = NODES.objectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("id", uuid("bundle").toString());
        bundle.put("type", options.isTransaction() ? "transaction" : "collection");
        List<String> goals = new ArrayList<>();
        for (ProblemArea area : course.currentFocus().map(Focus::areas).orElse(List.of())) {
            goals.add(url("goal/" + code(area)));
        }
        for (Session session : course.sessions()) {
            encounters.put(session.number(), url("encounter/" + session.number()));
        }
        add("CarePlan", "careplan", carePlan(goals));
        for (ProblemArea area : course.currentFocus().map(Focus::areas).orElse(List.of())) {
            add("Goal", "goal/" + code(area), goal(area));
        }
        for (Session session : course.sessions()) {
            add("Encounter", "encounter/" + session.number(), encounter(session));
        }
        for (Session session : course.sessions()) {
            for (Measurement m : session.measurements()) {
                String role = "observation/" + session.number() + "/" + m.instrument().code();
                add("Observation", role, observation(session, m));
            }
        }
        for (SafetyFlag flag : AdherenceReport.of(course).safetyFlags()) {
            String role = "flag/" + flag.session() + "/" + flag.instrument() + "/" + flag.item();
            add("Flag", role, flag(flag));
        }
        bundle.set("entry", entries);
        return bundle;
    }

    private void add(String type, String role, ObjectNode resource) {
        ObjectNode entry = NODES.objectNode();
        entry.put("fullUrl", url(role));
        ObjectNode full = NODES.objectNode();
        full.put("resourceType", type);
        if (!options.isTransaction()) {
            full.put("id", uuid(role).toString());
        }
        ArrayNode identifiers = full.putArray("identifier");
        identifiers.addObject().put("system", Codes.IDENTIFIER).put("value", identifier(role));
        full.setAll(resource);
        entry.set("resource", full);
        if (options.isTransaction()) {
            entry.putObject("request").put("method", "POST").put("url", type)
                    .put("ifNoneExist", "identifier=" + encode(Codes.IDENTIFIER) + "|" + encode(identifier(role)));
        }
        entries.add(entry);
    }

    private ObjectNode carePlan(List<String> goals) {
        ObjectNode plan = NODES.objectNode();
        plan.put("status", carePlanStatus(course.status()));
        plan.put("intent", "plan");
        ArrayNode category = plan.putArray("category");
        category.add(concept(Codes.IPT, "ipt", IPT_NAME, IPT_NAME));
        category.add(concept(Codes.IPT, "protocol-" + course.protocol().id(), course.protocol().name(),
                course.protocol().name()));
        plan.put("title", IPT_NAME + ": " + course.protocol().name());
        if (options.includesFreeText()) {
            course.formulation().flatMap(f -> f.onsetEvent()).ifPresent(t -> plan.put("description", t));
        }
        plan.set("subject", patient());
        ObjectNode period = plan.putObject("period").put("start", date(course.contract().start()));
        end().ifPresent(end -> period.put("end", date(end)));
        if (!goals.isEmpty()) {
            ArrayNode goal = plan.putArray("goal");
            goals.forEach(g -> goal.addObject().put("reference", g));
        }
        ArrayNode activities = NODES.arrayNode();
        for (SessionComparison c : schedule().compareWith(course).entries()) {
            activities.add(activity(c));
        }
        if (!activities.isEmpty()) {
            plan.set("activity", activities);
        }
        if (options.includesFreeText()) {
            ArrayNode notes = NODES.arrayNode();
            course.currentFocus().flatMap(Focus::overrideReason).ifPresent(t -> notes.addObject().put("text", t));
            course.termination().ifPresent(t -> t.warningSigns().forEach(w -> notes.addObject().put("text", w)));
            if (!notes.isEmpty()) {
                plan.set("note", notes);
            }
        }
        return plan;
    }

    private ObjectNode activity(SessionComparison c) {
        ObjectNode activity = NODES.objectNode();
        Optional<Session> held = c.heldDate().isPresent() ? course.session(c.number()) : Optional.empty();
        held.ifPresent(s -> activity.putArray("outcomeReference").addObject()
                .put("reference", encounters.get(s.number())));
        if (options.includesFreeText()) {
            held.flatMap(Session::notes).ifPresent(t -> activity.putArray("progress").addObject().put("text", t));
        }
        ObjectNode detail = activity.putObject("detail");
        detail.put("kind", "Appointment");
        Phase phase = held.map(Session::phase).orElseGet(() -> c.planned().get().phase());
        detail.set("code", phase(phase));
        String status;
        if (held.isPresent()) {
            status = "completed";
        } else {
            status = course.isOpen() ? "scheduled" : "cancelled";
        }
        detail.put("status", status);
        c.planned().filter(p -> !p.date().isAfter(Bounds.LATEST_DATE)).ifPresent(p -> detail
                .putObject("scheduledPeriod").put("start", date(p.date())).put("end", date(p.date())));
        detail.put("description", "Session " + c.number());
        return activity;
    }

    private ObjectNode goal(ProblemArea area) {
        ObjectNode goal = NODES.objectNode();
        goal.put("lifecycleStatus", goalStatus());
        goal.set("description", concept(Codes.IPT, "area-" + code(area), areaName(area),
                areaName(area) + ": " + String.join("; ", area.goals())));
        goal.set("subject", patient());
        Reference source = area == ProblemArea.ROLE_TRANSITION ? Bibliography.ISIPT_STRATEGIES
                : Bibliography.WEISSMAN_2018;
        goal.putArray("note").addObject().put("text", "Goals as the manual states them (reference "
                + source.key() + "): " + source.citation());
        return goal;
    }

    private ObjectNode encounter(Session session) {
        ObjectNode encounter = NODES.objectNode();
        encounter.put("status", "finished");
        encounter.putObject("class").put("system", Codes.ACT_CODE).put("code", "AMB").put("display", "ambulatory");
        ArrayNode type = encounter.putArray("type");
        type.add(concept(Codes.IPT, "session", "Interpersonal psychotherapy session", null));
        type.add(phase(session.phase()));
        encounter.set("subject", patient());
        encounter.putObject("period").put("start", date(session.date())).put("end", date(session.date()));
        encounter.set("length", length(session.length()));
        return encounter;
    }

    private ObjectNode observation(Session session, Measurement m) {
        ObjectNode obs = NODES.objectNode();
        obs.put("status", "final");
        obs.putArray("category").add(concept(Codes.OBSERVATION_CATEGORY, "survey", "Survey", null));
        Optional<String> loinc = Codes.loincTotal(m.instrument());
        if (loinc.isPresent()) {
            obs.set("code", concept(Codes.LOINC, loinc.get(),
                    "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]", m.instrument().name()));
        } else {
            obs.set("code", concept(Codes.INSTRUMENT, m.instrument().code(), m.instrument().name(),
                    m.instrument().name()));
        }
        obs.set("subject", patient());
        obs.putObject("encounter").put("reference", encounters.get(session.number()));
        obs.put("effectiveDateTime", date(session.date()));
        obs.put("valueInteger", m.total());
        if (!m.items().isEmpty()) {
            ArrayNode components = obs.putArray("component");
            Optional<List<String>> codes = Codes.loincItems(m.instrument());
            for (int i = 0; i < m.items().size(); i++) {
                ObjectNode component = components.addObject();
                if (codes.isPresent()) {
                    component.set("code", concept(Codes.LOINC, codes.get().get(i), null, null));
                } else {
                    component.set("code", concept(Codes.INSTRUMENT_ITEM, m.instrument().code() + "/" + (i + 1),
                            null, null));
                }
                component.put("valueInteger", m.items().get(i));
            }
        }
        return obs;
    }

    private ObjectNode flag(SafetyFlag flag) {
        ObjectNode out = NODES.objectNode();
        out.put("status", "active");
        out.putArray("category").add(concept(Codes.FLAG_CATEGORY, "safety", "Safety", null));
        out.set("code", concept(Codes.IPT, "review-risk", "Review risk with the patient", flag.message()));
        out.set("subject", patient());
        course.session(flag.session()).ifPresent(s -> out.putObject("period").put("start", date(s.date())));
        out.putObject("encounter").put("reference", encounters.get(flag.session()));
        return out;
    }

    /** The planned calendar of the course's contract, by the core planner. */
    private Schedule schedule() {
        int total = Math.min(course.contract().totalSessions(), Bounds.MAX_PLANNED_SESSIONS);
        Planner planner = Schedule.planner(course.protocol(), course.contract().start());
        try {
            if (course.protocol().hasAcutePhase()) {
                return planner.withCadence(course.contract().cadence()).withSessionCount(total).plan();
            }
            return planner.withMaintenanceCadence(course.contract().cadence()).withMaintenanceSessions(total).plan();
        } catch (InvalidModelException e) {
            // a contract the planner cannot lay out (a protocol without acute phase or maintenance cadence):
            // the protocol's own defaults
            return Schedule.of(course.protocol(), course.contract().start());
        }
    }

    private Optional<LocalDate> end() {
        if (course.termination().isPresent()) {
            return Optional.of(course.termination().get().date());
        }
        return course.discontinuation().map(d -> d.date());
    }

    private String goalStatus() {
        switch (course.status()) {
            case COMPLETED:
                return "completed";
            case DISCONTINUED:
                return "cancelled";
            default:
                return course.currentFocus().map(Focus::isAgreed).orElse(false) ? "active" : "proposed";
        }
    }

    static String carePlanStatus(CourseStatus status) {
        switch (status) {
            case COMPLETED:
                return "completed";
            case DISCONTINUED:
                return "revoked";
            default:
                return "active";
        }
    }

    private ObjectNode patient() {
        ObjectNode subject = NODES.objectNode();
        subject.putObject("identifier").put("system", options.patientSystem()).put("value", course.patient().value());
        return subject;
    }

    private static ObjectNode phase(Phase phase) {
        String name = phase.name().charAt(0) + phase.name().substring(1).toLowerCase(Locale.ROOT) + " phase";
        return concept(Codes.IPT, "phase-" + phase.name().toLowerCase(Locale.ROOT), name, null);
    }

    private static ObjectNode length(Duration length) {
        ObjectNode quantity = NODES.objectNode();
        long seconds = length.getSeconds();
        boolean minutes = seconds % 60 == 0 && length.getNano() == 0;
        if (minutes) {
            quantity.put("value", seconds / 60);
        } else {
            quantity.put("value", BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(length.getNano(), 9))
                    .stripTrailingZeros());
        }
        String unit = minutes ? "min" : "s";
        return quantity.put("unit", unit).put("system", Codes.UCUM).put("code", unit);
    }

    static ObjectNode concept(String system, String code, String display, String text) {
        ObjectNode concept = NODES.objectNode();
        ObjectNode coding = concept.putArray("coding").addObject().put("system", system).put("code", code);
        if (display != null) {
            coding.put("display", display);
        }
        if (text != null) {
            concept.put("text", text);
        }
        return concept;
    }

    static String code(ProblemArea area) {
        return area.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String areaName(ProblemArea area) {
        String words = area.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String date(LocalDate date) {
        return date.toString();
    }

    private String identifier(String role) {
        return course.id().value() + "/" + role;
    }

    private String url(String role) {
        return "urn:uuid:" + uuid(role);
    }

    private UUID uuid(String role) {
        return UUID.nameUUIDFromBytes(("iptmodel/" + course.id().value() + "/" + role)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
