package org.iptmodel.json;

import static org.iptmodel.json.Scalars.BOOLEAN;
import static org.iptmodel.json.Scalars.DATE;
import static org.iptmodel.json.Scalars.DURATION;
import static org.iptmodel.json.Scalars.INT;
import static org.iptmodel.json.Scalars.PERIOD;
import static org.iptmodel.json.Scalars.TEXT;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.ProtocolFormat;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.SickRoleKind;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TreatmentContract;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The objects of the format, version 1, each property with its JSON name, its model attribute and
 * its writing rule, in writing order. FORMAT.md documents the same tables; the JSON Schemas in
 * {@code org/iptmodel/json/schema} describe them.
 *
 * <p>Defaults of absent properties are the format's own constants, written out here, so that a
 * change of a default in the model cannot change the meaning of stored documents.
 */
final class ModelFormats {
    // Format defaults (version 1), equal to the model's defaults when the format was defined.
    private static final int DEFAULT_MAX_FOCAL_AREAS = 2;
    private static final int DEFAULT_INDIVIDUAL_MEETINGS = 0;
    private static final int DEFAULT_CIRCLE_LEVELS = 3;
    /** The inventory of an absent {@code inventory} property: no people, three circle levels. */
    static final InterpersonalInventory DEFAULT_INVENTORY = InterpersonalInventory.builder()
            .circleLevels(DEFAULT_CIRCLE_LEVELS).build();

    static final ValueFormat<CourseId> COURSE_ID = Scalars.id(CourseId::of, CourseId::value);
    static final ValueFormat<PatientRef> PATIENT_REF = Scalars.id(PatientRef::of, PatientRef::value);
    static final ValueFormat<PersonId> PERSON_ID = Scalars.id(PersonId::of, PersonId::value);
    static final ValueFormat<IssueId> ISSUE_ID = Scalars.id(IssueId::of, IssueId::value);
    /** A work of the bibliography, written as its key ({@code "kroenke-2001"}). */
    static final ValueFormat<Reference> REFERENCE = new ReferenceKey();

    static final ObjectFormat<IntRange, RangeParts> RANGE = ObjectFormat.of(RangeParts::new, RangeParts::build)
            .required("min", "min", INT, IntRange::min, (b, v) -> b.min = v)
            .required("max", "max", INT, IntRange::max, (b, v) -> b.max = v);

    static final ObjectFormat<Protocol, Protocol.Builder> PROTOCOL = ObjectFormat.of(Protocol::builder,
            Protocol.Builder::build)
            .required("id", "id", TEXT, Protocol::id, Protocol.Builder::id)
            .required("name", "name", TEXT, Protocol::name, Protocol.Builder::name)
            .defaulted("format", "format", Spellings.PROTOCOL_FORMAT, Protocol::format, Protocol.Builder::format,
                    ProtocolFormat.INDIVIDUAL)
            .required("acute_sessions", "acuteSessions", RANGE, Protocol::acuteSessions,
                    Protocol.Builder::acuteSessions)
            .required("initial_sessions", "initialSessions", RANGE, Protocol::initialSessions,
                    Protocol.Builder::initialSessions)
            .required("middle_sessions", "middleSessions", RANGE, Protocol::middleSessions,
                    Protocol.Builder::middleSessions)
            .required("termination_sessions", "terminationSessions", RANGE, Protocol::terminationSessions,
                    Protocol.Builder::terminationSessions)
            .required("termination_notice", "terminationNotice", RANGE, Protocol::terminationNotice,
                    Protocol.Builder::terminationNotice)
            .required("cadence", "cadence", PERIOD, Protocol::cadence, Protocol.Builder::cadence)
            .required("min_session_length", "minSessionLength", DURATION, Protocol::minSessionLength,
                    Protocol.Builder::minSessionLength)
            .required("max_session_length", "maxSessionLength", DURATION, Protocol::maxSessionLength,
                    Protocol.Builder::maxSessionLength)
            .defaulted("max_focal_areas", "maxFocalAreas", INT, Protocol::maxFocalAreas,
                    (b, v) -> b.maxFocalAreas(v), DEFAULT_MAX_FOCAL_AREAS)
            .set("problem_areas", "problemAreas", Spellings.PROBLEM_AREA, Protocol::problemAreas,
                    Protocol.Builder::addProblemArea, true)
            .defaulted("sick_role", "sickRole", Spellings.SICK_ROLE_KIND, Protocol::sickRole,
                    Protocol.Builder::sickRole, SickRoleKind.FULL)
            .optional("maintenance_cadence", "maintenanceCadence", PERIOD, Protocol::maintenanceCadence,
                    Protocol.Builder::maintenanceCadence)
            .optional("group_size", "groupSize", RANGE, Protocol::groupSize, Protocol.Builder::groupSize)
            .defaulted("individual_meetings", "individualMeetings", INT, Protocol::individualMeetings,
                    (b, v) -> b.individualMeetings(v), DEFAULT_INDIVIDUAL_MEETINGS)
            .defaulted("engagement_sessions", "engagementSessions", INT, Protocol::engagementSessions,
                    (b, v) -> b.engagementSessions(v), 0)
            .defaulted("discusses_maintenance", "discussesMaintenance", BOOLEAN, Protocol::discussesMaintenance,
                    (b, v) -> b.discussesMaintenance(v), false)
            .list("references", "references", REFERENCE, Protocol::references, Protocol.Builder::addReference,
                    ArrayLimit.ITEMS);

    static final ObjectFormat<SeverityBand, BandParts> BAND = ObjectFormat.of(BandParts::new, BandParts::build)
            .required("severity", "severity", Spellings.SEVERITY, SeverityBand::severity, (b, v) -> b.severity = v)
            .required("from", "from", INT, SeverityBand::from, (b, v) -> b.from = v)
            .required("to", "to", INT, SeverityBand::to, (b, v) -> b.to = v);

    static final ObjectFormat<Instrument, Instrument.Builder> INSTRUMENT = ObjectFormat.of(Instrument::builder,
            Instrument.Builder::build)
            .required("code", "code", TEXT, Instrument::code, Instrument.Builder::code)
            .required("name", "name", TEXT, Instrument::name, Instrument.Builder::name)
            .required("max_score", "maxScore", INT, Instrument::maxScore, (b, v) -> b.maxScore(v))
            .list("item_maxima", "itemMaxima", INT, Instrument::itemMaxima, (b, v) -> b.addItemMaxima(v),
                    ArrayLimit.ITEMS)
            .requiredList("bands", "bands", BAND, Instrument::bands, Instrument.Builder::addBand)
            .required("remission_max", "remissionMax", INT, Instrument::remissionMax, (b, v) -> b.remissionMax(v))
            .required("depressed_min", "depressedMin", INT, Instrument::depressedMin, (b, v) -> b.depressedMin(v))
            .optional("suicidality_item", "suicidalityItem", INT, i -> boxed(i.suicidalityItem()),
                    (b, v) -> b.suicidalityItem(v))
            .list("references", "references", REFERENCE, Instrument::references, Instrument.Builder::addReferences,
                    ArrayLimit.ITEMS);

    static final ValueFormat<Instrument> INSTRUMENT_REF = new InstrumentReference();

    static final ObjectFormat<Measurement, Measurement.Builder> MEASUREMENT = ObjectFormat.of(Measurement::builder,
            Measurement.Builder::build)
            .required("instrument", "instrument", INSTRUMENT_REF, Measurement::instrument,
                    Measurement.Builder::instrument)
            .required("total", "total", INT, Measurement::total, (b, v) -> b.total(v))
            .list("items", "items", INT, Measurement::items, (b, v) -> b.addItem(v), ArrayLimit.ITEMS);

    static final ObjectFormat<Session, Session.Builder> SESSION = ObjectFormat.of(Session::builder,
            Session.Builder::build)
            .required("number", "number", INT, Session::number, (b, v) -> b.number(v))
            .required("date", "date", DATE, Session::date, Session.Builder::date)
            .required("phase", "phase", Spellings.PHASE, Session::phase, Session.Builder::phase)
            .required("length", "length", DURATION, Session::length, Session.Builder::length)
            .set("techniques", "techniques", Spellings.TECHNIQUE, Session::techniques,
                    Session.Builder::addTechnique, false)
            .set("areas_addressed", "areasAddressed", Spellings.PROBLEM_AREA, Session::areasAddressed,
                    (b, v) -> b.addAreasAddressed(v), false)
            .list("measurements", "measurements", MEASUREMENT, Session::measurements,
                    Session.Builder::addMeasurement, ArrayLimit.ITEMS)
            .optional("notes", "notes", TEXT, Session::notes, (b, v) -> b.notes(v));

    static final ObjectFormat<Relationship, Relationship.Builder> PERSON = ObjectFormat.of(Relationship::builder,
            Relationship.Builder::build)
            .required("id", "id", PERSON_ID, Relationship::id, Relationship.Builder::id)
            .required("alias", "alias", TEXT, Relationship::alias, Relationship.Builder::alias)
            .required("relation", "relation", Spellings.RELATION_KIND, Relationship::relation,
                    Relationship.Builder::relation)
            .required("closeness", "closeness", INT, Relationship::closeness, (b, v) -> b.closeness(v))
            .required("contact", "contact", Spellings.CONTACT_FREQUENCY, Relationship::contact,
                    Relationship.Builder::contact)
            .defaulted("deceased", "deceased", BOOLEAN, Relationship::deceased, (b, v) -> b.deceased(v),
                    Boolean.FALSE)
            .optional("date_of_death", "dateOfDeath", DATE, Relationship::dateOfDeath,
                    (b, v) -> b.dateOfDeath(v))
            .defaulted("changed_near_onset", "changedNearOnset", BOOLEAN, Relationship::changedNearOnset,
                    (b, v) -> b.changedNearOnset(v), Boolean.FALSE)
            .list("satisfying_aspects", "satisfyingAspects", TEXT, Relationship::satisfyingAspects,
                    Relationship.Builder::addSatisfyingAspect, ArrayLimit.ITEMS)
            .list("unsatisfying_aspects", "unsatisfyingAspects", TEXT, Relationship::unsatisfyingAspects,
                    Relationship.Builder::addUnsatisfyingAspect, ArrayLimit.ITEMS)
            .list("expectations", "expectations", TEXT, Relationship::expectations,
                    Relationship.Builder::addExpectation, ArrayLimit.ITEMS)
            .list("wished_changes", "wishedChanges", TEXT, Relationship::wishedChanges,
                    Relationship.Builder::addWishedChange, ArrayLimit.ITEMS);

    static final ObjectFormat<InterpersonalInventory, InterpersonalInventory.Builder> INVENTORY = ObjectFormat.of(
            InterpersonalInventory::builder, InterpersonalInventory.Builder::build)
            .defaulted("circle_levels", "circleLevels", INT, InterpersonalInventory::circleLevels,
                    (b, v) -> b.circleLevels(v), DEFAULT_CIRCLE_LEVELS)
            .list("people", "people", PERSON, InterpersonalInventory::people,
                    InterpersonalInventory.Builder::addPerson, ArrayLimit.PEOPLE);

    static final ObjectFormat<InterpersonalIssue, InterpersonalIssue.Builder> ISSUE = ObjectFormat.of(
            InterpersonalIssue::builder, InterpersonalIssue.Builder::build)
            .required("id", "id", ISSUE_ID, InterpersonalIssue::id, InterpersonalIssue.Builder::id)
            .required("summary", "summary", TEXT, InterpersonalIssue::summary, InterpersonalIssue.Builder::summary)
            .required("area", "area", Spellings.PROBLEM_AREA, InterpersonalIssue::area,
                    InterpersonalIssue.Builder::area)
            .optional("dispute_stage", "disputeStage", Spellings.DISPUTE_STAGE, InterpersonalIssue::disputeStage,
                    (b, v) -> b.disputeStage(v))
            .list("people", "people", PERSON_ID, InterpersonalIssue::people, InterpersonalIssue.Builder::addPerson,
                    ArrayLimit.ITEMS)
            .required("onset_link", "onsetLink", Spellings.ONSET_LINK, InterpersonalIssue::onsetLink,
                    (b, v) -> b.onsetLink(v))
            .optional("began", "began", DATE, InterpersonalIssue::began, (b, v) -> b.began(v))
            .required("patient_priority", "patientPriority", INT, InterpersonalIssue::patientPriority,
                    (b, v) -> b.patientPriority(v))
            .required("distress", "distress", INT, InterpersonalIssue::distress, (b, v) -> b.distress(v))
            .required("amenability", "amenability", Spellings.AMENABILITY, InterpersonalIssue::amenability,
                    InterpersonalIssue.Builder::amenability);

    static final ObjectFormat<Focus, Focus.Builder> FOCUS = ObjectFormat.of(Focus::builder, Focus.Builder::build)
            .required("primary", "primary", Spellings.PROBLEM_AREA, Focus::primary, Focus.Builder::primary)
            .list("secondary", "secondary", Spellings.PROBLEM_AREA, Focus::secondary, (b, v) -> b.addSecondary(v),
                    ArrayLimit.ITEMS)
            .list("issues", "issues", ISSUE_ID, Focus::issues, Focus.Builder::addIssue, ArrayLimit.ITEMS)
            .defaulted("basis", "basis", Spellings.FOCUS_BASIS, Focus::basis, Focus.Builder::basis,
                    FocusBasis.RANKING)
            .optional("override_reason", "overrideReason", TEXT, Focus::overrideReason,
                    (b, v) -> b.overrideReason(v))
            .optional("agreed_on", "agreedOn", DATE, Focus::agreedOn, (b, v) -> b.agreedOn(v));

    static final ObjectFormat<ContractAmendment, ContractAmendment.Builder> AMENDMENT = ObjectFormat.of(
            ContractAmendment::builder, ContractAmendment.Builder::build)
            .required("date", "date", DATE, ContractAmendment::date, ContractAmendment.Builder::date)
            .defaulted("extra_sessions", "extraSessions", INT, ContractAmendment::extraSessions,
                    (b, v) -> b.extraSessions(v), 0)
            .optional("new_cadence", "newCadence", PERIOD, ContractAmendment::newCadence,
                    (b, v) -> b.newCadence(v))
            .optional("new_focus", "newFocus", FOCUS, ContractAmendment::newFocus, (b, v) -> b.newFocus(v))
            .required("reason", "reason", TEXT, ContractAmendment::reason, ContractAmendment.Builder::reason);

    static final ObjectFormat<TreatmentContract, TreatmentContract.Builder> CONTRACT = ObjectFormat.of(
            TreatmentContract::builder, TreatmentContract.Builder::build)
            .defaulted("type", "type", Spellings.CONTRACT_TYPE, TreatmentContract::type,
                    TreatmentContract.Builder::type, ContractType.ACUTE)
            .required("planned_sessions", "plannedSessions", INT, TreatmentContract::plannedSessions,
                    (b, v) -> b.plannedSessions(v))
            .required("cadence", "cadence", PERIOD, TreatmentContract::cadence, TreatmentContract.Builder::cadence)
            .required("session_length", "sessionLength", DURATION, TreatmentContract::sessionLength,
                    (b, v) -> b.sessionLength(v))
            .required("start", "start", DATE, TreatmentContract::start, TreatmentContract.Builder::start)
            .list("amendments", "amendments", AMENDMENT, TreatmentContract::amendments,
                    TreatmentContract.Builder::addAmendment, ArrayLimit.ITEMS);

    static final ObjectFormat<Formulation, Formulation.Builder> FORMULATION = ObjectFormat.of(Formulation::builder,
            Formulation.Builder::build)
            .requiredList("areas", "areas", Spellings.PROBLEM_AREA, Formulation::areas, Formulation.Builder::addArea)
            .optional("onset_event", "onsetEvent", TEXT, Formulation::onsetEvent, (b, v) -> b.onsetEvent(v))
            .optional("presented_on", "presentedOn", DATE, Formulation::presentedOn, (b, v) -> b.presentedOn(v))
            .optional("accepted_on", "acceptedOn", DATE, Formulation::acceptedOn, (b, v) -> b.acceptedOn(v));

    static final ObjectFormat<SickRole, SickRoleParts> SICK_ROLE = ObjectFormat.of(SickRoleParts::new,
            SickRoleParts::build)
            .required("kind", "kind", Spellings.SICK_ROLE_KIND, SickRole::kind, (b, v) -> b.kind = v)
            .required("granted_on", "grantedOn", DATE, SickRole::grantedOn, (b, v) -> b.grantedOn = v);

    static final ObjectFormat<ConcurrentTreatment, ConcurrentTreatment.Builder> TREATMENT = ObjectFormat.of(
            ConcurrentTreatment::builder, ConcurrentTreatment.Builder::build)
            .required("kind", "kind", Spellings.TREATMENT_KIND, ConcurrentTreatment::kind,
                    ConcurrentTreatment.Builder::kind)
            .optional("code_system", "codeSystem", TEXT, ConcurrentTreatment::codeSystem,
                    (b, v) -> b.codeSystem(v))
            .optional("code", "code", TEXT, ConcurrentTreatment::code, (b, v) -> b.code(v))
            .optional("started", "started", DATE, ConcurrentTreatment::started, (b, v) -> b.started(v))
            .optional("stopped", "stopped", DATE, ConcurrentTreatment::stopped, (b, v) -> b.stopped(v));

    static final ObjectFormat<Termination, Termination.Builder> TERMINATION = ObjectFormat.of(Termination::builder,
            Termination.Builder::build)
            .required("date", "date", DATE, Termination::date, Termination.Builder::date)
            .optional("announced_at_session", "announcedAtSession", INT, t -> boxed(t.announcedAtSession()),
                    (b, v) -> b.announcedAtSession(v))
            .required("outcome", "outcome", Spellings.TERMINATION_OUTCOME, Termination::outcome,
                    Termination.Builder::outcome)
            .required("next_step", "nextStep", Spellings.NEXT_STEP, Termination::nextStep, (b, v) -> b.nextStep(v))
            .list("warning_signs", "warningSigns", TEXT, Termination::warningSigns,
                    Termination.Builder::addWarningSign, ArrayLimit.ITEMS)
            .defaulted("maintenance_discussed", "maintenanceDiscussed", BOOLEAN, Termination::maintenanceDiscussed,
                    (b, v) -> b.maintenanceDiscussed(v), Boolean.FALSE);

    static final ObjectFormat<Discontinuation, DiscontinuationParts> DISCONTINUATION = ObjectFormat.of(
            DiscontinuationParts::new, DiscontinuationParts::build)
            .required("date", "date", DATE, Discontinuation::date, (b, v) -> b.date = v)
            .required("reason", "reason", Spellings.DISCONTINUATION_REASON, Discontinuation::reason,
                    (b, v) -> b.reason = v);

    static final ObjectFormat<Course, Course.Builder> COURSE = ObjectFormat.of(Course::builder,
            Course.Builder::build)
            .required("id", "id", COURSE_ID, Course::id, Course.Builder::id)
            .required("patient", "patient", PATIENT_REF, Course::patient, Course.Builder::patient)
            .derived("status", "status", Spellings.COURSE_STATUS, Course::status,
                    "must agree with the course's sessions, termination and discontinuation")
            .required("protocol", "protocol", PROTOCOL, Course::protocol, Course.Builder::protocol)
            .required("contract", "contract", CONTRACT, Course::contract, Course.Builder::contract)
            .optional("episode_onset", "episodeOnset", DATE, Course::episodeOnset, (b, v) -> b.episodeOnset(v))
            .defaulted("inventory", "inventory", INVENTORY, Course::inventory, Course.Builder::inventory,
                    DEFAULT_INVENTORY)
            .list("issues", "issues", ISSUE, Course::issues, Course.Builder::addIssue, ArrayLimit.ISSUES)
            .optional("focus", "focus", FOCUS, Course::focus, (b, v) -> b.focus(v))
            .optional("formulation", "formulation", FORMULATION, Course::formulation, (b, v) -> b.formulation(v))
            .optional("sick_role", "sickRole", SICK_ROLE, Course::sickRole, (b, v) -> b.sickRole(v))
            .list("sessions", "sessions", SESSION, Course::sessions, Course.Builder::addSession, ArrayLimit.SESSIONS)
            .list("concurrent_treatments", "concurrentTreatments", TREATMENT, Course::concurrentTreatments,
                    Course.Builder::addConcurrentTreatment, ArrayLimit.ITEMS)
            .optional("termination", "termination", TERMINATION, Course::termination, (b, v) -> b.termination(v))
            .optional("discontinuation", "discontinuation", DISCONTINUATION, Course::discontinuation,
                    (b, v) -> b.discontinuation(v));

    private ModelFormats() {
    }

    static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }

    /** The bounds of an {@link IntRange} while it is read. */
    static final class RangeParts {
        int min;
        int max;

        IntRange build() {
            return IntRange.of(min, max);
        }
    }

    /** The parts of a {@link SeverityBand} while it is read. */
    static final class BandParts {
        Severity severity;
        int from;
        int to;

        SeverityBand build() {
            return SeverityBand.of(severity, from, to);
        }
    }

    /** The parts of a {@link SickRole} while it is read. */
    static final class SickRoleParts {
        SickRoleKind kind;
        LocalDate grantedOn;

        SickRole build() {
            return SickRole.of(kind, grantedOn);
        }
    }

    /** The parts of a {@link Discontinuation} while it is read. */
    static final class DiscontinuationParts {
        LocalDate date;
        DiscontinuationReason reason;

        Discontinuation build() {
            return Discontinuation.of(date, reason);
        }
    }

    /** A work of the bibliography, written and read as its key; an unknown key is refused. */
    private static final class ReferenceKey extends ValueFormat<Reference> {
        @Override
        Object read(Reading r, boolean optional) {
            String key = Scalars.string(r);
            if (key == null) {
                return Reading.FAILED;
            }
            Optional<Reference> reference = Bibliography.find(key);
            if (reference.isPresent()) {
                return reference.get();
            }
            return r.fail(ProblemKind.INVALID_VALUE, "is not the key of a work of the bibliography");
        }

        @Override
        void write(JsonGenerator g, Reference value) {
            g.writeString(value.key());
        }
    }

    /**
     * An instrument of the catalogue is written as its code ({@code "phq-9"}), any other instrument
     * as a full object; both forms are read. A code stands for the catalogue entry of the format
     * version, so a change to a catalogue instrument's data needs a new format version.
     */
    private static final class InstrumentReference extends ValueFormat<Instrument> {
        @Override
        Object read(Reading r, boolean optional) {
            JsonToken t = r.parser.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                String code = Scalars.string(r);
                if (code == null) {
                    return Reading.FAILED;
                }
                Optional<Instrument> instrument = Instrument.fromCatalogue(code);
                if (instrument.isPresent()) {
                    return instrument.get();
                }
                return r.fail(ProblemKind.INVALID_VALUE, "is not the code of a catalogue instrument");
            }
            if (t == JsonToken.START_OBJECT) {
                return INSTRUMENT.read(r, optional);
            }
            return r.wrongType("must be a catalogue instrument code or an instrument object");
        }

        @Override
        void write(JsonGenerator g, Instrument value) {
            for (Instrument entry : Instrument.catalogue()) {
                if (entry == value) {
                    g.writeString(value.code());
                    return;
                }
            }
            Optional<Instrument> catalogued = Instrument.fromCatalogue(value.code());
            if (catalogued.isPresent() && catalogued.get().equals(value)) {
                g.writeString(value.code());
            } else {
                INSTRUMENT.write(g, value);
            }
        }

        @Override
        boolean isScalar() {
            return false;
        }
    }
}
