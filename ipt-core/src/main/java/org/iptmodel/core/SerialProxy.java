package org.iptmodel.core;

import static org.iptmodel.core.internal.SerialParts.list;
import static org.iptmodel.core.internal.SerialParts.orNull;

import java.io.InvalidObjectException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Optional;
import org.iptmodel.core.internal.SerialForm;
import org.iptmodel.core.internal.SerialParts;

/**
 * The serialized form of the composite values of this package: the value's kind and its parts,
 * in JDK-serializable form (absent values are null, lists are {@link ArrayList}s, catalogue
 * entries and references are written like any other value). Every value class's
 * {@code writeReplace()} returns one; its {@link #readResolve()} rebuilds the value through the
 * public builder or factory, so every invariant is checked again and a stream that was tampered
 * with never yields an invalid value: it fails with an {@link InvalidObjectException}, whose cause
 * is the {@link InvalidModelException} or the wrong part. The value classes refuse to be read
 * without this proxy.
 *
 * <p>The form is that of version 1: a kind (one of the constants below) and the parts in the order
 * of the factory methods of this class. A later version may add kinds and parts; it keeps reading
 * these.
 */
final class SerialProxy extends SerialForm {
    private static final long serialVersionUID = 1L;

    static final int COURSE = 1;
    static final int PROTOCOL = 2;
    static final int INSTRUMENT = 3;
    static final int MEASUREMENT = 4;
    static final int SESSION = 5;
    static final int RELATIONSHIP = 6;
    static final int INVENTORY = 7;
    static final int ISSUE = 8;
    static final int FOCUS = 9;
    static final int FORMULATION = 10;
    static final int SICK_ROLE = 11;
    static final int CONTRACT = 12;
    static final int AMENDMENT = 13;
    static final int CONCURRENT_TREATMENT = 14;
    static final int TERMINATION = 15;
    static final int DISCONTINUATION = 16;
    static final int REFERENCE = 17;

    private SerialProxy(int kind, Object... parts) {
        super(kind, parts);
    }

    static SerialProxy of(Course c) {
        return new SerialProxy(COURSE, c.id(), c.patient(), c.protocol(), c.contract(), orNull(c.episodeOnset()),
                c.inventory(), list(c.issues()), orNull(c.focus()), orNull(c.formulation()), orNull(c.sickRole()),
                list(c.sessions()), list(c.concurrentTreatments()), orNull(c.termination()),
                orNull(c.discontinuation()));
    }

    static SerialProxy of(Protocol p) {
        return new SerialProxy(PROTOCOL, p.id(), p.name(), p.format(), p.acuteSessions(), p.initialSessions(),
                p.middleSessions(), p.terminationSessions(), p.terminationNotice(), p.cadence(),
                p.minSessionLength(), p.maxSessionLength(), p.maxFocalAreas(), list(p.problemAreas()), p.sickRole(),
                orNull(p.maintenanceCadence()), orNull(p.groupSize()), p.individualMeetings(),
                p.engagementSessions(), p.discussesMaintenance(), list(p.references()));
    }

    static SerialProxy of(Instrument i) {
        return new SerialProxy(INSTRUMENT, i.code(), i.name(), i.maxScore(), list(i.itemMaxima()), list(i.bands()),
                i.remissionMax(), i.depressedMin(), orNull(i.suicidalityItem()), list(i.references()));
    }

    static SerialProxy of(Measurement m) {
        return new SerialProxy(MEASUREMENT, m.instrument(), m.total(), list(m.items()));
    }

    static SerialProxy of(Session s) {
        return new SerialProxy(SESSION, s.number(), s.date(), s.phase(), s.length(), list(s.techniques()),
                list(s.areasAddressed()), list(s.measurements()), orNull(s.notes()));
    }

    static SerialProxy of(Relationship r) {
        return new SerialProxy(RELATIONSHIP, r.id(), r.alias(), r.relation(), r.closeness(), r.contact(),
                r.deceased(), orNull(r.dateOfDeath()), r.changedNearOnset(), list(r.satisfyingAspects()),
                list(r.unsatisfyingAspects()), list(r.expectations()), list(r.wishedChanges()));
    }

    static SerialProxy of(InterpersonalInventory i) {
        return new SerialProxy(INVENTORY, i.circleLevels(), list(i.people()));
    }

    static SerialProxy of(InterpersonalIssue i) {
        return new SerialProxy(ISSUE, i.id(), i.summary(), i.area(), orNull(i.disputeStage()), list(i.people()),
                i.onsetLink(), orNull(i.began()), i.patientPriority(), i.distress(), i.amenability());
    }

    static SerialProxy of(Focus f) {
        return new SerialProxy(FOCUS, f.primary(), list(f.secondary()), list(f.issues()), f.basis(),
                orNull(f.overrideReason()), orNull(f.agreedOn()));
    }

    static SerialProxy of(Formulation f) {
        return new SerialProxy(FORMULATION, list(f.areas()), orNull(f.onsetEvent()), orNull(f.presentedOn()),
                orNull(f.acceptedOn()));
    }

    static SerialProxy of(SickRole s) {
        return new SerialProxy(SICK_ROLE, s.kind(), s.grantedOn());
    }

    static SerialProxy of(TreatmentContract c) {
        return new SerialProxy(CONTRACT, c.type(), c.plannedSessions(), c.cadence(), c.sessionLength(), c.start(),
                list(c.amendments()));
    }

    static SerialProxy of(ContractAmendment a) {
        return new SerialProxy(AMENDMENT, a.date(), a.extraSessions(), orNull(a.newCadence()), orNull(a.newFocus()),
                a.reason());
    }

    static SerialProxy of(ConcurrentTreatment t) {
        return new SerialProxy(CONCURRENT_TREATMENT, t.kind(), orNull(t.codeSystem()), orNull(t.code()),
                orNull(t.started()), orNull(t.stopped()));
    }

    static SerialProxy of(Termination t) {
        return new SerialProxy(TERMINATION, t.date(), orNull(t.announcedAtSession()), t.outcome(), t.nextStep(),
                list(t.warningSigns()), t.maintenanceDiscussed());
    }

    static SerialProxy of(Discontinuation d) {
        return new SerialProxy(DISCONTINUATION, d.date(), d.reason());
    }

    static SerialProxy of(Reference r) {
        return new SerialProxy(REFERENCE, r.key());
    }


    @Override
    protected Object resolve(int kind, SerialParts p) throws InvalidObjectException {
        switch (kind) {
            case COURSE:
                return course(p);
            case PROTOCOL:
                return protocol(p);
            case INSTRUMENT:
                return instrument(p);
            case MEASUREMENT:
                p.count(3);
                return Measurement.builder().instrument(p.get(0, Instrument.class)).total(p.integer(1))
                        .items(p.list(2, Integer.class)).build();
            case SESSION:
                return session(p);
            case RELATIONSHIP:
                return relationship(p);
            case INVENTORY:
                p.count(2);
                return InterpersonalInventory.builder().circleLevels(p.integer(0))
                        .people(p.list(1, Relationship.class)).build();
            case ISSUE:
                return issue(p);
            case FOCUS:
                return focus(p);
            case FORMULATION:
                return formulation(p);
            case SICK_ROLE:
                p.count(2);
                return SickRole.of(p.get(0, SickRoleKind.class), p.get(1, LocalDate.class));
            case CONTRACT:
                p.count(6);
                return TreatmentContract.builder().type(p.get(0, ContractType.class)).plannedSessions(p.integer(1))
                        .cadence(p.get(2, Period.class)).sessionLength(p.get(3, Duration.class))
                        .start(p.get(4, LocalDate.class)).amendments(p.list(5, ContractAmendment.class)).build();
            case AMENDMENT:
                p.count(5);
                return ContractAmendment.builder().date(p.get(0, LocalDate.class)).extraSessions(p.integer(1))
                        .newCadence(p.optional(2, Period.class)).newFocus(p.optional(3, Focus.class))
                        .reason(p.get(4, String.class)).build();
            case CONCURRENT_TREATMENT:
                p.count(5);
                return ConcurrentTreatment.builder().kind(p.get(0, TreatmentKind.class))
                        .codeSystem(p.optional(1, String.class)).code(p.optional(2, String.class))
                        .started(p.optional(3, LocalDate.class)).stopped(p.optional(4, LocalDate.class)).build();
            case TERMINATION:
                return termination(p);
            case DISCONTINUATION:
                p.count(2);
                return Discontinuation.of(p.get(0, LocalDate.class), p.get(1, DiscontinuationReason.class));
            case REFERENCE:
                p.count(1);
                String key = p.get(0, String.class);
                return Bibliography.find(key).orElseThrow(
                        () -> new InvalidObjectException("no entry of the bibliography has the key"));
            default:
                throw new InvalidObjectException("unknown kind of value " + kind);
        }
    }

    private static Course course(SerialParts p) throws InvalidObjectException {
        p.count(14);
        return Course.builder()
                .id(p.get(0, CourseId.class))
                .patient(p.get(1, PatientRef.class))
                .protocol(p.get(2, Protocol.class))
                .contract(p.get(3, TreatmentContract.class))
                .episodeOnset(p.optional(4, LocalDate.class))
                .inventory(p.get(5, InterpersonalInventory.class))
                .issues(p.list(6, InterpersonalIssue.class))
                .focus(p.optional(7, Focus.class))
                .formulation(p.optional(8, Formulation.class))
                .sickRole(p.optional(9, SickRole.class))
                .sessions(p.list(10, Session.class))
                .concurrentTreatments(p.list(11, ConcurrentTreatment.class))
                .termination(p.optional(12, Termination.class))
                .discontinuation(p.optional(13, Discontinuation.class))
                .build();
    }

    /** A protocol equal to an entry of the catalogue is that entry. */
    private static Protocol protocol(SerialParts p) throws InvalidObjectException {
        p.count(20);
        Protocol built = Protocol.builder()
                .id(p.get(0, String.class))
                .name(p.get(1, String.class))
                .format(p.get(2, ProtocolFormat.class))
                .acuteSessions(p.get(3, IntRange.class))
                .initialSessions(p.get(4, IntRange.class))
                .middleSessions(p.get(5, IntRange.class))
                .terminationSessions(p.get(6, IntRange.class))
                .terminationNotice(p.get(7, IntRange.class))
                .cadence(p.get(8, Period.class))
                .minSessionLength(p.get(9, Duration.class))
                .maxSessionLength(p.get(10, Duration.class))
                .maxFocalAreas(p.integer(11))
                .problemAreas(p.list(12, ProblemArea.class))
                .sickRole(p.get(13, SickRoleKind.class))
                .maintenanceCadence(p.optional(14, Period.class))
                .groupSize(p.optional(15, IntRange.class))
                .individualMeetings(p.integer(16))
                .engagementSessions(p.integer(17))
                .discussesMaintenance(p.bool(18))
                .references(p.list(19, Reference.class))
                .build();
        return Protocol.fromCatalogue(built.id()).filter(built::equals).orElse(built);
    }

    /** An instrument equal to an entry of the catalogue is that entry. */
    private static Instrument instrument(SerialParts p) throws InvalidObjectException {
        p.count(9);
        Instrument.Builder b = Instrument.builder()
                .code(p.get(0, String.class))
                .name(p.get(1, String.class))
                .maxScore(p.integer(2))
                .itemMaxima(p.list(3, Integer.class))
                .bands(p.list(4, SeverityBand.class))
                .remissionMax(p.integer(5))
                .depressedMin(p.integer(6))
                .references(p.list(8, Reference.class));
        Integer suicidality = p.nullable(7, Integer.class);
        if (suicidality != null) {
            b.suicidalityItem(suicidality);
        }
        Instrument built = b.build();
        return Instrument.fromCatalogue(built.code()).filter(built::equals).orElse(built);
    }

    private static Session session(SerialParts p) throws InvalidObjectException {
        p.count(8);
        return Session.builder()
                .number(p.integer(0))
                .date(p.get(1, LocalDate.class))
                .phase(p.get(2, Phase.class))
                .length(p.get(3, Duration.class))
                .techniques(p.list(4, Technique.class))
                .areasAddressed(p.list(5, ProblemArea.class))
                .measurements(p.list(6, Measurement.class))
                .notes(p.optional(7, String.class))
                .build();
    }

    private static Relationship relationship(SerialParts p) throws InvalidObjectException {
        p.count(12);
        return Relationship.builder()
                .id(p.get(0, PersonId.class))
                .alias(p.get(1, String.class))
                .relation(p.get(2, RelationKind.class))
                .closeness(p.integer(3))
                .contact(p.get(4, ContactFrequency.class))
                .deceased(p.bool(5))
                .dateOfDeath(p.optional(6, LocalDate.class))
                .changedNearOnset(p.bool(7))
                .satisfyingAspects(p.list(8, String.class))
                .unsatisfyingAspects(p.list(9, String.class))
                .expectations(p.list(10, String.class))
                .wishedChanges(p.list(11, String.class))
                .build();
    }

    private static InterpersonalIssue issue(SerialParts p) throws InvalidObjectException {
        p.count(10);
        return InterpersonalIssue.builder()
                .id(p.get(0, IssueId.class))
                .summary(p.get(1, String.class))
                .area(p.get(2, ProblemArea.class))
                .disputeStage(p.optional(3, DisputeStage.class))
                .people(p.list(4, PersonId.class))
                .onsetLink(p.get(5, OnsetLink.class))
                .began(p.optional(6, LocalDate.class))
                .patientPriority(p.integer(7))
                .distress(p.integer(8))
                .amenability(p.get(9, Amenability.class))
                .build();
    }

    private static Focus focus(SerialParts p) throws InvalidObjectException {
        p.count(6);
        return Focus.builder()
                .primary(p.get(0, ProblemArea.class))
                .secondary(p.list(1, ProblemArea.class))
                .issues(p.list(2, IssueId.class))
                .basis(p.get(3, FocusBasis.class))
                .overrideReason(p.optional(4, String.class))
                .agreedOn(p.optional(5, LocalDate.class))
                .build();
    }

    private static Formulation formulation(SerialParts p) throws InvalidObjectException {
        p.count(4);
        return Formulation.builder()
                .areas(p.list(0, ProblemArea.class))
                .onsetEvent(p.optional(1, String.class))
                .presentedOn(p.optional(2, LocalDate.class))
                .acceptedOn(p.optional(3, LocalDate.class))
                .build();
    }

    private static Termination termination(SerialParts p) throws InvalidObjectException {
        p.count(6);
        Termination.Builder b = Termination.builder()
                .date(p.get(0, LocalDate.class))
                .outcome(p.get(2, TerminationOutcome.class))
                .nextStep(p.get(3, NextStep.class))
                .warningSigns(p.list(4, String.class))
                .maintenanceDiscussed(p.bool(5));
        Integer announced = p.nullable(1, Integer.class);
        if (announced != null) {
            b.announcedAtSession(announced);
        }
        return b.build();
    }
}
