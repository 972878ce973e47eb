package org.iptmodel.core.ranking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.ProblemArea;

/**
 * The built-in ranking rules, from the IPT manuals' rules for choosing the focus (DOMAIN.md §4).
 *
 * <p>No published numeric scoring scheme exists; the manuals give ordered rules, which these
 * constants encode one each. Every keyed rule maps an issue to a small number in constant time.
 * Explanations of these rules name what they compare in the issue by enum values and numbers
 * only, for example {@code "onset-link: PRECIPITATED_ONSET before NOT_LINKED"}.
 *
 * <pre>{@code
 * RankingPolicy policy = RankingPolicy.builder()
 *         .name("clinic-a")
 *         .add(RankingRules.DEFICITS_BY_EXCLUSION)
 *         .add(RankingRules.PATIENT_PRIORITY)
 *         .add(RankingRules.ONSET_LINK)
 *         .build();
 * }</pre>
 *
 * <p>R6 (grief needs a death) is not an ordering rule: an issue classed as grief although nobody
 * it names is recorded as deceased is never re-classed, but flagged in every {@link Ranking}
 * ({@link RankingFlag.Code#GRIEF_WITHOUT_DEATH}).
 *
 * <p>The rules are immutable and thread-safe singletons.
 */
public final class RankingRules {

    /**
     * R5, deficits by exclusion: issues of any other problem area rank before interpersonal
     * deficits.
     *
     * <p>Interpersonal deficits are the area of last resort, with a poorer prognosis: never choose
     * them if any other area is present; isolation that follows a triggered depression is not
     * deficits (Weissman, Markowitz and Klerman, <i>The Guide to Interpersonal Psychotherapy</i>,
     * 2018). Key: 0 for every other area, 1 for {@link ProblemArea#INTERPERSONAL_DEFICITS}.
     * Explanations show the problem areas.
     */
    public static final KeyedRankingRule DEFICITS_BY_EXCLUSION = new BuiltInRule("deficits-by-exclusion",
            "Issues of any other problem area rank before interpersonal deficits, the area of last resort.",
            "R5 deficits by exclusion: Weissman, Markowitz, Klerman, The Guide to Interpersonal Psychotherapy (2018);"
                    + " DOMAIN.md section 4",
            (issue, context) -> issue.area() == ProblemArea.INTERPERSONAL_DEFICITS ? 1 : 0,
            (issue, context) -> issue.area().name());

    /**
     * R1, onset link: issues that precipitated the onset of the current episode rank first, then
     * issues that maintain it, then issues with no link to it.
     *
     * <p>A problem area is chosen when the onset or maintenance of the episode is associated with
     * it (ISIPT, <i>Key IPT strategies</i>; IPT UK, <i>Stages of IPT</i>). The link is the
     * clinician's judgement recorded in {@link InterpersonalIssue#onsetLink()}. Key: 0 for
     * {@link OnsetLink#PRECIPITATED_ONSET}, 1 for {@link OnsetLink#MAINTAINS_EPISODE}, 2 for
     * {@link OnsetLink#NOT_LINKED}. Issues with the same link tie here, so that the patient's
     * priority decides between them (R4); the closeness in days to the onset is the separate,
     * optional rule {@link #ONSET_PROXIMITY}. Explanations show the links.
     */
    public static final KeyedRankingRule ONSET_LINK = new BuiltInRule("onset-link",
            "Issues that precipitated the onset of the current episode first, then issues that maintain it,"
                    + " then issues not linked to it.",
            "R1 onset link: ISIPT, Key IPT strategies; IPT UK, Stages of IPT; DOMAIN.md section 4",
            (issue, context) -> linkKey(issue.onsetLink()),
            (issue, context) -> issue.onsetLink().name());

    /**
     * R4, patient priority: the issue the patient rates as more important ranks first (priority 1
     * first).
     *
     * <p>When areas overlap, the focus is the one most important to the patient (the Guide, 2018);
     * the patient records and ranks their issues (the project brief). Key: the priority. Issues of
     * equal priority tie. Explanations show the priorities.
     */
    public static final KeyedRankingRule PATIENT_PRIORITY = new BuiltInRule("patient-priority",
            "The issue the patient rates as more important first; priority 1 is the most important.",
            "R4 patient priority: Weissman, Markowitz, Klerman, The Guide to Interpersonal Psychotherapy (2018);"
                    + " DOMAIN.md section 4",
            (issue, context) -> issue.patientPriority(),
            (issue, context) -> Integer.toString(issue.patientPriority()));

    /**
     * Distress: the issue causing more distress ranks first (10 first, 0 last).
     *
     * <p>No manual ranks issues by a distress score (DOMAIN.md §4: no published numeric scoring
     * scheme exists) and the 0-10 scale is UNCONFIRMED; the project's default policy uses distress
     * after the patient's priority (DESIGN.md, <i>Ranking</i>) as a further sign of what matters
     * most to the patient. Key: {@value InterpersonalIssue#MAX_DISTRESS} minus the distress.
     * Explanations show the distress ratings.
     */
    public static final KeyedRankingRule DISTRESS = new BuiltInRule("distress",
            "The issue causing more distress first, on the 0 to 10 scale.",
            "iptmodel default after R4 (DESIGN.md, Ranking); no manual ranks by distress, the scale is UNCONFIRMED;"
                    + " DOMAIN.md section 4",
            (issue, context) -> InterpersonalIssue.MAX_DISTRESS - issue.distress(),
            (issue, context) -> Integer.toString(issue.distress()));

    /**
     * R8, amenability: the issue that looks more amenable to change, a manageable focus, ranks
     * first ({@link Amenability#HIGH} first, {@link Amenability#LOW} last).
     *
     * <p>Brief IPT prefers a manageable, strength-based focus (Swartz, IPT-B; IPT Institute,
     * <i>Brief IPT</i>). Key: 0 for HIGH, 1 for MODERATE, 2 for LOW. Explanations show the
     * amenability.
     */
    public static final KeyedRankingRule AMENABILITY = new BuiltInRule("amenability",
            "The issue more amenable to change, a manageable focus, first.",
            "R8 manageable focus: Swartz, Brief IPT (IPT-B); IPT Institute, Brief IPT; DOMAIN.md section 4",
            (issue, context) -> amenabilityKey(issue.amenability()),
            (issue, context) -> issue.amenability().name());

    /**
     * Onset proximity: the issue that began closer in time to the onset of the current episode
     * ranks first; issues whose start or whose episode onset is unknown rank last.
     *
     * <p>An extension of R1 (ISIPT; IPT UK: prefer issues linked in time to the onset), not a
     * manual rule: no manual ranks by a number of days. It is in neither built-in policy, because
     * ranking equally linked issues by days would override the patient's priority (R4); add it to
     * a custom policy after {@link #PATIENT_PRIORITY} to order issues the other rules tie. Key: the
     * absolute number of days between {@link InterpersonalIssue#began()} and
     * {@link RankingContext#episodeOnset()}, or {@link Long#MAX_VALUE} if either is unknown.
     * Explanations show the number of days.
     */
    public static final KeyedRankingRule ONSET_PROXIMITY = new BuiltInRule("onset-proximity",
            "The issue that began closer in time to the onset of the current episode first; unknown dates last.",
            "iptmodel extension of R1 onset link (ISIPT; IPT UK), not a manual rule; DOMAIN.md section 4",
            (issue, context) -> daysFromOnset(issue, context),
            (issue, context) -> {
                long days = daysFromOnset(issue, context);
                return days == Long.MAX_VALUE ? "unknown days" : days + " days";
            });

    /**
     * The tie-break every policy applies after its rules: the issue with the lower
     * {@link org.iptmodel.core.IssueId} (in natural order) ranks first.
     *
     * <p>It carries no clinical meaning; it makes every ranking a strict total order, independent
     * of the order of the input (DESIGN.md, <i>Ranking</i>). Its name {@code issue-id} is
     * reserved: a policy cannot list it among its rules.
     */
    public static final RankingRule ISSUE_ID = new IssueIdRule();

    private static final List<RankingRule> ALL = List.of(DEFICITS_BY_EXCLUSION, ONSET_LINK, PATIENT_PRIORITY,
            DISTRESS, AMENABILITY, ONSET_PROXIMITY, ISSUE_ID);

    private RankingRules() {
    }

    /**
     * Returns every built-in rule: deficits by exclusion, onset link, patient priority, distress,
     * amenability, onset proximity and the issue-id tie-break, in that order.
     *
     * @return the rules, unmodifiable, not null
     */
    public static List<RankingRule> all() {
        return ALL;
    }

    /**
     * Finds a built-in rule by its name, for example {@code "onset-link"}.
     *
     * @param name the rule's name, not null
     * @return the rule, or empty if no built-in rule has this name
     */
    public static Optional<RankingRule> named(String name) {
        Objects.requireNonNull(name, "name");
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static long linkKey(OnsetLink link) {
        switch (link) {
            case PRECIPITATED_ONSET:
                return 0;
            case MAINTAINS_EPISODE:
                return 1;
            default:
                return 2;
        }
    }

    private static long amenabilityKey(Amenability amenability) {
        switch (amenability) {
            case HIGH:
                return 0;
            case MODERATE:
                return 1;
            default:
                return 2;
        }
    }

    private static long daysFromOnset(InterpersonalIssue issue, RankingContext context) {
        Optional<LocalDate> onset = context.episodeOnset();
        Optional<LocalDate> began = issue.began();
        if (onset.isEmpty() || began.isEmpty()) {
            return Long.MAX_VALUE;
        }
        return Math.abs(ChronoUnit.DAYS.between(onset.get(), began.get()));
    }
}
