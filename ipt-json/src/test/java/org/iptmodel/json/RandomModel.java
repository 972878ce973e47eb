package org.iptmodel.json;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.ConcurrentTreatment;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.Focus;
import org.iptmodel.core.FocusBasis;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.NextStep;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.Phase;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.ProtocolFormat;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.SickRoleKind;
import org.iptmodel.core.Technique;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.TreatmentKind;

/**
 * Valid random values of the model, from a {@link Random}: every optional part present or absent,
 * custom protocols and instruments, and text with quotes, escapes, control characters, non-ASCII
 * letters, emoji and lone surrogates. Used through jqwik's {@code Arbitraries.randomValue}.
 */
final class RandomModel {
    private static final String[] WORDS = {"argument", "move", "work", "mother", "grief", "new job", "\"quoted\"",
        "back\\slash", "tab\there", "line\nbreak", "ünïcödé", "日本語", "emoji 🙂", "lone \uD800 high",
        "lone \uDC00 low", "nul\u0000char", " leading space", "</script>", "{\"json\": 1}"};

    private final Random random;

    RandomModel(Random random) {
        this.random = random;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private boolean chance() {
        return random.nextBoolean();
    }

    private <E> E pick(List<E> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] all = type.getEnumConstants();
        return all[random.nextInt(all.length)];
    }

    private <E extends Enum<E>> Set<E> subset(Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (random.nextInt(3) == 0) {
                set.add(e);
            }
        }
        return set;
    }

    String text() {
        int words = between(1, 3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    String token(String prefix) {
        return prefix + between(0, 99_999);
    }

    private List<String> texts() {
        List<String> list = new ArrayList<>();
        for (int i = between(0, 2); i > 0; i--) {
            list.add(text());
        }
        return list;
    }

    private Duration length(int maxMinutes) {
        Duration d = Duration.ofMinutes(between(1, maxMinutes));
        return random.nextInt(8) == 0 ? d.plusSeconds(between(1, 59)).plusNanos(between(0, 999_999_999)) : d;
    }

    private Period cadence() {
        switch (random.nextInt(5)) {
            case 0:
                return Period.ofWeeks(between(1, 4));
            case 1:
                return Period.ofMonths(between(1, 3));
            case 2:
                return Period.ofDays(between(1, 30));
            case 3:
                // mixed periods of at most one year, the longest cadence (Bounds.isCadence): the
                // years drawn are kept, so that the same seed gives the same values as before
                int years = between(0, 2);
                int months = between(0, 11);
                int days = between(1, 20);
                return years > 0 ? Period.ofYears(1) : Period.of(0, months, days);
            default:
                return Period.ofWeeks(1);
        }
    }

    private LocalDate date() {
        return LocalDate.of(between(1990, 2060), between(1, 12), between(1, 28));
    }

    Protocol protocol() {
        Protocol base = pick(Protocol.catalogue());
        if (random.nextInt(4) == 0) {
            return base;
        }
        Duration min = length(120);
        Duration max = min.plus(length(60));
        Set<ProblemArea> areas = subset(ProblemArea.class);
        if (areas.isEmpty()) {
            areas.add(pick(ProblemArea.class));
        }
        Protocol.Builder b = Protocol.builder().from(base)
                .id(token("custom-"))
                .name(text())
                .cadence(cadence())
                .minSessionLength(min)
                .maxSessionLength(max)
                .problemAreas(areas)
                .maxFocalAreas(between(1, areas.size()))
                .sickRole(pick(SickRoleKind.class))
                .individualMeetings(between(0, 5));
        if (base.hasAcutePhase()) {
            b.maintenanceCadence(chance() ? java.util.Optional.of(cadence()) : java.util.Optional.empty());
        }
        if (base.format() == ProtocolFormat.GROUP) {
            int low = between(2, 8);
            b.groupSize(IntRange.of(low, low + between(0, 6)));
        }
        return b.build();
    }

    Instrument instrument() {
        if (chance()) {
            return pick(Instrument.catalogue());
        }
        int items = between(0, 6);
        List<Integer> maxima = new ArrayList<>();
        int max = 0;
        for (int i = 0; i < items; i++) {
            int m = between(1, 5);
            maxima.add(m);
            max += m;
        }
        if (items == 0) {
            max = between(1, 40);
        }
        List<SeverityBand> bands = new ArrayList<>();
        int from = 0;
        for (Severity s : Severity.values()) {
            if (from > max) {
                break;
            }
            int to = s == Severity.SEVERE || chance() && from < max ? max : from + random.nextInt(max - from + 1);
            bands.add(SeverityBand.of(s, from, to));
            from = to + 1;
        }
        if (from <= max) {
            SeverityBand last = bands.remove(bands.size() - 1);
            bands.add(SeverityBand.of(last.severity(), last.from(), max));
        }
        Instrument.Builder b = Instrument.builder()
                .code(token("scale-"))
                .name(text())
                .maxScore(max)
                .itemMaxima(maxima)
                .bands(bands);
        int remission = between(0, max - 1);
        b.remissionMax(remission);
        if (chance()) {
            b.depressedMin(between(remission + 1, max));
        }
        if (items > 0 && chance()) {
            b.suicidalityItem(between(1, items));
        }
        List<Reference> works = new ArrayList<>();
        for (int i = between(0, 2); i > 0; i--) {
            Reference work = pick(Bibliography.all());
            if (!works.contains(work)) {
                works.add(work);
            }
        }
        return b.references(works).build();
    }

    private Measurement measurement(Instrument instrument) {
        Measurement.Builder m = Measurement.builder().instrument(instrument);
        if (instrument.itemCount() > 0 && chance()) {
            int total = 0;
            for (int itemMax : instrument.itemMaxima()) {
                int v = between(0, itemMax);
                m.addItem(v);
                total += v;
            }
            return m.total(total).build();
        }
        return m.total(between(0, instrument.maxScore())).build();
    }

    private InterpersonalInventory inventory() {
        int levels = between(1, 10);
        InterpersonalInventory.Builder b = InterpersonalInventory.builder().circleLevels(levels);
        for (int i = between(0, 4); i > 0; i--) {
            boolean deceased = random.nextInt(4) == 0;
            Relationship.Builder p = Relationship.builder()
                    .id(PersonId.of("p-" + i))
                    .alias(text())
                    .relation(pick(RelationKind.class))
                    .closeness(between(1, levels))
                    .contact(pick(ContactFrequency.class))
                    .deceased(deceased)
                    .changedNearOnset(chance())
                    .satisfyingAspects(texts())
                    .unsatisfyingAspects(texts())
                    .expectations(texts())
                    .wishedChanges(texts());
            if (deceased && chance()) {
                p.dateOfDeath(date());
            }
            b.addPeople(p.build());
        }
        return b.build();
    }

    private List<InterpersonalIssue> issues(InterpersonalInventory inventory) {
        List<InterpersonalIssue> issues = new ArrayList<>();
        for (int i = between(0, 4); i > 0; i--) {
            ProblemArea area = pick(ProblemArea.class);
            InterpersonalIssue.Builder b = InterpersonalIssue.builder()
                    .id(IssueId.of("i-" + i))
                    .summary(text())
                    .area(area)
                    .onsetLink(pick(OnsetLink.class))
                    .patientPriority(between(1, 5))
                    .distress(between(0, 10))
                    .amenability(pick(Amenability.class));
            if (area == ProblemArea.ROLE_DISPUTE && chance()) {
                b.disputeStage(pick(DisputeStage.class));
            }
            for (Relationship person : inventory.people()) {
                if (chance()) {
                    b.addPerson(person.id());
                }
            }
            if (chance()) {
                b.began(date());
            }
            issues.add(b.build());
        }
        return issues;
    }

    private Focus focus(Protocol protocol, List<InterpersonalIssue> issues) {
        List<ProblemArea> areas = new ArrayList<>(protocol.problemAreas());
        java.util.Collections.shuffle(areas, random);
        boolean override = random.nextInt(4) == 0;
        int count = override ? between(1, areas.size()) : between(1, protocol.maxFocalAreas());
        Focus.Builder b = Focus.builder().primary(areas.get(0)).secondary(areas.subList(1, count));
        for (InterpersonalIssue issue : issues) {
            if (chance()) {
                b.addIssue(issue.id());
            }
        }
        if (override) {
            b.basis(FocusBasis.CLINICIAN_OVERRIDE).overrideReason(text());
        }
        if (chance()) {
            b.agreedOn(date());
        }
        return b.build();
    }

    Course course() {
        return course(token("c-"));
    }

    Course course(String id) {
        Protocol protocol = protocol();
        LocalDate start = date();
        InterpersonalInventory inventory = inventory();
        List<InterpersonalIssue> issues = issues(inventory);
        TreatmentContract.Builder contract = TreatmentContract.builder()
                .type(pick(ContractType.class))
                .plannedSessions(between(0, 30))
                .cadence(cadence())
                .sessionLength(length(90))
                .start(start);
        LocalDate amended = start;
        for (int i = between(0, 2); i > 0; i--) {
            amended = amended.plusDays(between(0, 60));
            ContractAmendment.Builder a = ContractAmendment.builder().date(amended).reason(text());
            int what = random.nextInt(3);
            if (what == 0) {
                a.extraSessions(between(1, 6));
            } else if (what == 1) {
                a.newCadence(cadence());
            } else {
                a.newFocus(focus(protocol, issues));
            }
            contract.addAmendment(a.build());
        }
        Course.Builder b = Course.builder()
                .id(CourseId.of(id))
                .patient(PatientRef.of(token("pseudo-")))
                .protocol(protocol)
                .contract(contract.build())
                .inventory(inventory)
                .addAllIssues(issues);
        if (chance()) {
            b.episodeOnset(date());
        }
        if (chance()) {
            b.focus(focus(protocol, issues));
        }
        if (chance()) {
            List<ProblemArea> areas = new ArrayList<>(subset(ProblemArea.class));
            if (areas.isEmpty()) {
                areas.add(ProblemArea.GRIEF);
            }
            java.util.Collections.shuffle(areas, random);
            Formulation.Builder f = Formulation.builder().areas(areas);
            if (chance()) {
                f.onsetEvent(text());
            }
            LocalDate presented = date();
            if (chance()) {
                f.presentedOn(presented);
            }
            if (chance()) {
                f.acceptedOn(presented.plusDays(between(0, 20)));
            }
            b.formulation(f.build());
        }
        if (chance()) {
            b.sickRole(SickRole.of(pick(SickRoleKind.class), date()));
        }
        List<Session> sessions = sessions(protocol, start);
        b.sessions(sessions);
        for (int i = between(0, 2); i > 0; i--) {
            ConcurrentTreatment.Builder t = ConcurrentTreatment.builder().kind(pick(TreatmentKind.class));
            if (chance()) {
                t.codeSystem("ATC").code(token("N06AB"));
            }
            LocalDate started = date();
            if (chance()) {
                t.started(started);
            }
            if (chance()) {
                t.stopped(started.plusDays(between(0, 400)));
            }
            b.addConcurrentTreatment(t.build());
        }
        LocalDate last = sessions.isEmpty() ? start : sessions.get(sessions.size() - 1).date();
        int ending = random.nextInt(3);
        if (ending == 1 && !sessions.isEmpty()) {
            Termination.Builder t = Termination.builder()
                    .date(last.plusDays(between(0, 10)))
                    .outcome(pick(TerminationOutcome.class))
                    .nextStep(pick(NextStep.class))
                    .warningSigns(texts())
                    .maintenanceDiscussed(chance());
            if (chance()) {
                t.announcedAtSession(between(1, sessions.size()));
            }
            b.termination(t.build());
        } else if (ending == 2) {
            b.discontinuation(Discontinuation.of(last.plusDays(between(0, 30)), pick(DiscontinuationReason.class)));
        }
        return b.build();
    }

    private List<Session> sessions(Protocol protocol, LocalDate start) {
        List<Session> sessions = new ArrayList<>();
        int count = between(0, 12);
        LocalDate date = start.plusDays(between(0, 6));
        Phase phase = protocol.hasAcutePhase() ? Phase.INITIAL : pick(Phase.class);
        boolean terminated = !protocol.hasAcutePhase();
        for (int n = 1; n <= count; n++) {
            if (random.nextInt(4) == 0) {
                Phase next = Phase.values()[Math.min(phase.ordinal() + 1, Phase.values().length - 1)];
                if (next != Phase.MAINTENANCE || terminated) {
                    phase = next;
                }
            }
            terminated |= phase == Phase.TERMINATION;
            Session.Builder s = Session.builder()
                    .number(n)
                    .date(date)
                    .phase(phase)
                    .length(length(120))
                    .techniques(subset(Technique.class))
                    .areasAddressed(subset(ProblemArea.class));
            List<Instrument> used = new ArrayList<>();
            for (int i = between(0, 3); i > 0; i--) {
                Instrument instrument = instrument();
                if (!used.contains(instrument)) {
                    used.add(instrument);
                    s.addMeasurement(measurement(instrument));
                }
            }
            if (chance()) {
                s.notes(text());
            }
            sessions.add(s.build());
            date = date.plusDays(between(1, 14));
        }
        return sessions;
    }
}
