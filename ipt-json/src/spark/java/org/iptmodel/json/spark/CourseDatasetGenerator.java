package org.iptmodel.json.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.ContractType;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.DisputeStage;
import org.iptmodel.core.Focus;
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
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.Technique;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TerminationOutcome;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.ranking.FocusSelection;
import org.iptmodel.core.ranking.FocusSelector;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.json.IptJson;
import org.iptmodel.json.LineWriter;

/**
 * Writes a dataset for {@link CourseDatasetJob}: an NDJSON file of varied, valid, invented courses
 * built with ipt-core's builders, with a few deliberately bad lines among them.
 *
 * <p>The courses vary the protocol (the whole catalogue), the contract, the number of sessions held
 * and so the status (planned, active, completed, discontinued), the inventory and the issues (one
 * to four, of every problem area), the focus (selected from the course's ranking and agreed at the
 * third session, when held), the formulation, and PHQ-9 scores at every session, with the nine item
 * responses every fourth session and at the last: some courses remit, some respond, some do not
 * change and some worsen; about one in thirty has a response above 0 on item 9. Every text is
 * invented and generic. The same count and seed give the same file, byte for byte.
 *
 * <p>The bad lines are five, spread through the file: text that is not JSON, a truncated document,
 * a document of a newer format version, a course whose second session is numbered 7, and a
 * document with an unknown property. A strict reader refuses each one.
 *
 * <pre>
 * java -cp CLASSPATH org.iptmodel.json.spark.CourseDatasetGenerator FILE [COUNT [SEED]]
 * </pre>
 */
public final class CourseDatasetGenerator {
    /** The default number of courses. */
    static final int DEFAULT_COUNT = 100_000;
    /** The default seed. */
    static final long DEFAULT_SEED = 20_260_105L;
    /** The number of bad lines written among the courses. */
    static final int BAD_LINES = 5;

    private static final List<Protocol> PROTOCOLS = Protocol.catalogue();
    private static final Instrument PHQ9 = Instrument.phq9();
    private static final LocalDate FIRST_START = LocalDate.of(2023, 1, 2);
    private static final RankingPolicy POLICY = RankingPolicy.clinicalDefault();
    private static final FocusSelector SELECTOR = FocusSelector.standard();

    private static final String[] ALIASES = {"partner", "mother", "father", "sister", "brother", "friend",
        "manager", "colleague", "neighbour", "daughter", "son", "grandmother"};
    private static final RelationKind[] RELATIONS = {RelationKind.PARTNER, RelationKind.PARENT, RelationKind.PARENT,
        RelationKind.SIBLING, RelationKind.SIBLING, RelationKind.FRIEND, RelationKind.COLLEAGUE,
        RelationKind.COLLEAGUE, RelationKind.COMMUNITY, RelationKind.CHILD, RelationKind.CHILD,
        RelationKind.OTHER_RELATIVE};
    private static final ProblemArea[] AREAS = ProblemArea.values();
    private static final String[] SUMMARIES = {"a death in the family", "arguments at home",
        "a new role at work", "feeling alone since a move"};
    private static final DisputeStage[] STAGES = DisputeStage.values();
    private static final OnsetLink[] LINKS = OnsetLink.values();
    private static final Amenability[] AMENABILITY = Amenability.values();
    private static final DiscontinuationReason[] REASONS = DiscontinuationReason.values();

    private CourseDatasetGenerator() {
    }

    /**
     * Writes the dataset.
     *
     * @param args the file, then optionally the number of courses and the seed
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: CourseDatasetGenerator FILE [COUNT [SEED]]");
            System.exit(2);
        }
        Path path = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_COUNT;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long started = System.nanoTime();
        long bad = write(path, count, seed);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("dataset: %,d courses and %,d bad lines written to %s (%,d MB) in %.1f s%n", count, bad,
                path, Files.size(path) >> 20, seconds);
    }

    /**
     * Writes {@code count} courses and, when there are at least {@value #BAD_LINES} courses, the
     * bad lines among them.
     *
     * @param path the file, replaced if it exists
     * @param count the number of courses
     * @param seed the seed
     * @return the number of bad lines written
     * @throws IOException if the file cannot be written
     */
    static long write(Path path, int count, long seed) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        int bad = 0;
        int every = count >= BAD_LINES ? count / (BAD_LINES + 1) : Integer.MAX_VALUE;
        // The line writer writes to the file's stream; the bad lines go to the same stream
        // between two courses, after a flush of the writer.
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
             LineWriter<Course> out = IptJson.strict().course().lineWriter(file)) {
            for (int i = 0; i < count; i++) {
                if (i > 0 && i % every == 0 && bad < BAD_LINES) {
                    out.flush();
                    file.write(badLine(bad++, seed));
                }
                out.write(course(i, new SplittableRandom(seed * 1_000_003L + i)));
            }
        }
        return bad;
    }

    /** Returns one bad line, ended by a newline: each kind once. */
    private static byte[] badLine(int kind, long seed) {
        String good = IptJson.strict().course().write(completedCourse(seed));
        String line;
        switch (kind) {
            case 0:
                line = "not a document";
                break;
            case 1:
                line = good.substring(0, good.length() / 2);
                break;
            case 2:
                line = good.replace("\"version\":1,", "\"version\":99,");
                break;
            case 3:
                line = good.replace("\"number\":2,", "\"number\":7,");
                break;
            default:
                line = good.replace("\"version\":1,", "\"version\":1,\"favourite_colour\":\"blue\",");
                break;
        }
        if (line.equals(good)) {
            throw new IllegalStateException("bad line " + kind + " is a good course");
        }
        return (line + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Returns the first generated course that is completed with at least two sessions. */
    private static Course completedCourse(long seed) {
        for (int i = 0; ; i++) {
            Course course = course(1_000_000_000L + i, new SplittableRandom(seed - i));
            if (course.termination().isPresent() && course.sessions().size() >= 2) {
                return course;
            }
        }
    }

    /**
     * Builds one course.
     *
     * @param index the course's index, which makes its id
     * @param r the randomness
     * @return the course
     */
    static Course course(long index, SplittableRandom r) {
        Protocol protocol = PROTOCOLS.get(r.nextInt(PROTOCOLS.size()));
        boolean acute = protocol.hasAcutePhase();
        int planned = acute ? Math.max(1, between(r, protocol.acuteSessions())) : 6 + r.nextInt(7);
        Period cadence = protocol.cadence();
        Duration length = protocol.minSessionLength().plusMinutes(5L * r.nextInt(
                (int) (protocol.maxSessionLength().minus(protocol.minSessionLength()).toMinutes() / 5 + 1)));
        LocalDate start = FIRST_START.plusDays(r.nextInt(3 * 365));
        LocalDate onset = start.minusWeeks(4 + r.nextInt(40));

        // Where the course stands: planned 4 %, active 30 %, completed 50 %, discontinued 16 %.
        int draw = r.nextInt(100);
        boolean completed = draw >= 34 && draw < 84;
        boolean discontinued = draw >= 84;
        int held;
        if (draw < 4) {
            held = 0;
        } else if (completed) {
            held = planned;
        } else if (discontinued) {
            held = 1 + r.nextInt(Math.max(1, planned - 2));
        } else {
            held = planned == 1 ? 1 : 1 + r.nextInt(planned - 1);
        }

        List<Relationship> people = new ArrayList<>();
        List<InterpersonalIssue> issues = new ArrayList<>();
        inventoryAndIssues(r, onset, people, issues);

        Course.Builder builder = Course.builder()
                .id(CourseId.of("c-" + index))
                .patient(PatientRef.of("pseudo-" + Long.toHexString(index * 2_654_435_761L & 0xffffffffL)))
                .protocol(protocol)
                .contract(TreatmentContract.builder()
                        .type(acute ? ContractType.ACUTE : ContractType.MAINTENANCE)
                        .plannedSessions(planned)
                        .cadence(cadence)
                        .sessionLength(length)
                        .start(start)
                        .build())
                .episodeOnset(onset)
                .inventory(InterpersonalInventory.builder().addAllPeople(people).build())
                .addAllIssues(issues);
        Course draft = builder.build();

        List<LocalDate> dates = new ArrayList<>(held);
        int slot = 0;
        for (int k = 0; k < held; k++) {
            dates.add(start.plus(cadence.multipliedBy(slot)));
            slot += r.nextInt(12) == 0 ? 2 : 1;       // now and then a missed week or month
        }

        // The focus selected from the course's own ranking, agreed at the third session.
        Optional<FocusSelection> selection = held >= 3 ? SELECTOR.select(POLICY.rank(draft)) : Optional.empty();
        Optional<Focus> focus = selection.map(s -> s.agreedOn(dates.get(2)));
        if (focus.isPresent()) {
            builder.focus(focus.get());
            Formulation.Builder formulation = Formulation.builder()
                    .addAreas(focus.get().primary())
                    .addAllAreas(focus.get().secondary())
                    .presentedOn(dates.get(2));
            if (r.nextInt(10) > 0) {
                formulation.acceptedOn(dates.get(2));
            }
            builder.formulation(formulation.build());
        }
        if (held > 0) {
            builder.sickRole(SickRole.of(protocol.sickRole(), start));
        }

        int initial = acute ? Math.min(held, Math.max(1, between(r, protocol.initialSessions()))) : 0;
        int termination = acute && completed
                ? Math.min(held - initial, between(r, protocol.terminationSessions())) : 0;
        int[] totals = trajectory(r, held);
        int flagged = r.nextInt(30) == 0 && held > 0 ? r.nextInt(held) : -1;
        for (int k = 0; k < held; k++) {
            Phase phase = !acute ? Phase.MAINTENANCE
                    : k < initial ? Phase.INITIAL
                    : k >= held - termination ? Phase.TERMINATION : Phase.MIDDLE;
            boolean withItems = k % 4 == 0 || k == held - 1 || k == flagged;
            Measurement.Builder phq9 = Measurement.builder().instrument(PHQ9);
            if (withItems) {
                int[] items = items(r, totals[k], k == flagged);
                int total = 0;
                for (int item : items) {
                    total += item;
                }
                phq9.total(total).addItems(items);
            } else {
                phq9.total(totals[k]);
            }
            Session.Builder session = Session.builder()
                    .number(k + 1)
                    .date(dates.get(k))
                    .phase(phase)
                    .length(length)
                    .addMeasurement(phq9.build());
            if (phase == Phase.INITIAL) {
                session.addTechniques(Technique.EXPLORATORY, Technique.CLARIFICATION);
            } else {
                session.addTechniques(Technique.COMMUNICATION_ANALYSIS, r.nextBoolean()
                        ? Technique.ROLE_PLAY : Technique.ENCOURAGEMENT_OF_AFFECT);
                focus.ifPresent(f -> session.addAreasAddressed(f.primary()));
            }
            builder.addSession(session.build());
        }

        if (completed && held > 0) {
            int last = totals[held - 1];
            builder.termination(Termination.builder()
                    .date(dates.get(held - 1))
                    .announcedAtSession(Math.max(1, held - Math.max(termination, 1)))
                    .outcome(last <= 4 ? TerminationOutcome.REMITTED
                            : last * 2 <= totals[0] + 1 ? TerminationOutcome.PARTIAL_RESPONSE
                            : TerminationOutcome.NO_RESPONSE)
                    .nextStep(last <= 4 ? NextStep.CONCLUDE
                            : r.nextBoolean() ? NextStep.MAINTENANCE_CONTRACT : NextStep.CONTINUATION_CONTRACT)
                    .addWarningSigns("sleeping badly", "avoiding friends")
                    .maintenanceDiscussed(r.nextBoolean())
                    .build());
        } else if (discontinued && held > 0) {
            builder.discontinuation(Discontinuation.of(dates.get(held - 1).plusDays(7 + r.nextInt(30)),
                    REASONS[r.nextInt(REASONS.length)]));
        }
        return builder.build();
    }

    /** Two to five people and one to four issues, each naming one or two of them. */
    private static void inventoryAndIssues(SplittableRandom r, LocalDate onset, List<Relationship> people,
            List<InterpersonalIssue> issues) {
        int size = 2 + r.nextInt(4);
        int first = r.nextInt(ALIASES.length);
        boolean someoneDied = false;
        for (int p = 0; p < size; p++) {
            int kind = (first + p * 5) % ALIASES.length;
            boolean deceased = !someoneDied && r.nextInt(4) == 0;
            someoneDied |= deceased;
            Relationship.Builder person = Relationship.builder()
                    .id(PersonId.of("p-" + (p + 1)))
                    .alias(ALIASES[kind])
                    .relation(RELATIONS[kind])
                    .closeness(1 + r.nextInt(3))
                    .contact(deceased ? ContactFrequency.NONE
                            : ContactFrequency.values()[r.nextInt(ContactFrequency.values().length - 1)])
                    .deceased(deceased)
                    .changedNearOnset(deceased || r.nextInt(3) == 0)
                    .addSatisfyingAspects("time together");
            if (deceased) {
                person.dateOfDeath(onset.minusDays(10 + r.nextInt(120)));
            }
            if (r.nextBoolean()) {
                person.addUnsatisfyingAspects("little contact");
            }
            people.add(person.build());
        }
        int count = 1 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            ProblemArea area = AREAS[r.nextInt(AREAS.length)];
            InterpersonalIssue.Builder issue = InterpersonalIssue.builder()
                    .id(IssueId.of("i-" + (i + 1)))
                    .summary(SUMMARIES[area.ordinal()])
                    .area(area)
                    .onsetLink(LINKS[r.nextInt(LINKS.length)])
                    .patientPriority(i + 1)
                    .distress(1 + r.nextInt(10))
                    .amenability(AMENABILITY[r.nextInt(AMENABILITY.length)]);
            if (area == ProblemArea.ROLE_DISPUTE) {
                issue.disputeStage(STAGES[r.nextInt(STAGES.length)]);
            }
            Relationship named = people.get(r.nextInt(people.size()));
            if (area == ProblemArea.GRIEF) {
                named = people.stream().filter(Relationship::deceased).findFirst().orElse(named);
            }
            issue.addPeople(named.id());
            if (area == ProblemArea.ROLE_DISPUTE && people.size() > 2 && r.nextBoolean()) {
                Relationship other = people.get((people.indexOf(named) + 1) % people.size());
                issue.addPeople(other.id());
            }
            issues.add(issue.build());
        }
    }

    /** PHQ-9 totals from a baseline towards an end: remission, response, partial, none, worse. */
    private static int[] trajectory(SplittableRandom r, int sessions) {
        int[] totals = new int[sessions];
        if (sessions == 0) {
            return totals;
        }
        int baseline = 6 + r.nextInt(19);                 // 6 to 24: most in the depressed range
        int draw = r.nextInt(100);
        int end = draw < 35 ? r.nextInt(5)
                : draw < 60 ? baseline * 2 / 5
                : draw < 80 ? baseline * 7 / 10
                : draw < 92 ? baseline
                : Math.min(24, baseline * 13 / 10 + 1);
        for (int k = 0; k < sessions; k++) {
            int trend = sessions == 1 ? baseline : baseline + (end - baseline) * k / (sessions - 1);
            int noise = k == 0 || k == sessions - 1 ? 0 : r.nextInt(5) - 2;
            totals[k] = Math.max(0, Math.min(24, trend + noise));
        }
        return totals;
    }

    /** Nine item responses of 0 to 3 summing to the total; item 9 is 0 unless flagged. */
    private static int[] items(SplittableRandom r, int total, boolean flagged) {
        int[] items = new int[9];
        int left = total;
        if (flagged) {
            items[8] = 1 + r.nextInt(2);
            left = Math.max(0, left - items[8]);
        }
        while (left > 0) {
            int k = r.nextInt(8);
            if (items[k] < 3) {
                items[k]++;
                left--;
            }
        }
        return items;
    }

    private static int between(SplittableRandom r, IntRange range) {
        return range.min() + r.nextInt(range.max() - range.min() + 1);
    }
}
