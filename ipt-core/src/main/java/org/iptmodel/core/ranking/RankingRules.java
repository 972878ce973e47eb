package org.iptmodel.core.ranking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.InvalidModelException;
import org.iptmodel.core.ModelRule;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Violation;
import org.iptmodel.core.internal.Identifiers;

/**
 * The built-in ranking rules, from the IPT manuals' rules for choosing the focus.
 *
 * <p>No published numeric scoring scheme exists; the manuals give ordered rules (Weissman,
 * Markowitz and Klerman 2018; ISIPT, <i>Key IPT strategies</i>; IPT UK, <i>Stages of IPT</i>),
 * which these constants encode one each. Each rule names its works ({@link RankingRule#references()})
 * and says, in its source, when it is the library's own rather than a manual's. Every keyed rule
 * maps an issue to a small number in constant time. Explanations of these rules name what they
 * compare in the issue by enum values and numbers only, for example
 * {@code "onset-link: maintains_episode before not_linked"}
 * ({@link RankingReason}).
 *
 * <pre>{@code
 * RankingPolicy policy = RankingPolicy.builder()
 *         .name("clinic-a")
 *         .add(RankingRules.ONSET_LINK)
 *         .add(RankingRules.DEFICITS_BY_EXCLUSION)
 *         .add(RankingRules.PATIENT_PRIORITY)
 *         .build();
 * }</pre>
 *
 * <p>"Grief needs a death" is not an ordering rule: an issue classed as grief although nobody it
 * names is recorded as deceased is never re-classed, but flagged in every {@link Ranking}
 * ({@link RankingFlag.Code#GRIEF_WITHOUT_DEATH}).
 *
 * <p>The rules are immutable and thread-safe singletons.
 */
public final class RankingRules {

    /**
     * Onset link: issues linked to the current episode (they precipitated its onset or maintain
     * it) rank first, then issues assessed as not linked, then issues whose link has not been
     * assessed.
     *
     * <p>A problem area is chosen when the onset or the maintenance of the episode is associated
     * with it (ISIPT, <i>Key IPT strategies</i>; IPT UK, <i>Stages of IPT</i>; Markowitz 2006). The
     * manuals treat the two links alike, so {@link OnsetLink#PRECIPITATED_ONSET} and
     * {@link OnsetLink#MAINTAINS_EPISODE} tie here, and the patient's priority decides between
     * them; {@link #ONSET_BEFORE_MAINTENANCE} is an opt-in rule that orders them. The link is the
     * clinician's judgement recorded in {@link InterpersonalIssue#onsetLink()}. Key: 0 for a linked
     * issue, 1 for {@link OnsetLink#NOT_LINKED}, 2 for {@link OnsetLink#NOT_ASSESSED}.
     * Explanations show the links.
     */
    public static final KeyedRankingRule ONSET_LINK = new BuiltInRule("onset-link",
            "Issues linked to the current episode (precipitating its onset or maintaining it, alike) first, then"
                    + " issues not linked to it, then issues whose link has not been assessed.",
            "A problem area is chosen when the onset or maintenance of the episode is associated with it; the two"
                    + " links count alike (ISIPT, Key IPT strategies; IPT UK, Stages of IPT; Markowitz 2006).",
            List.of(Bibliography.ISIPT_STRATEGIES, Bibliography.IPTUK_STAGES, Bibliography.MARKOWITZ_2006),
            (issue, context) -> linkKey(issue.onsetLink()),
            (issue, context) -> spelling(issue.onsetLink()));

    /**
     * Deficits by exclusion: among issues the earlier rules tie, issues of any other problem area
     * rank before interpersonal deficits.
     *
     * <p>Interpersonal deficits are the area of last resort, with a poorer prognosis: chosen only
     * when no grief, dispute or transition linked to the current episode applies (Weissman,
     * Markowitz and Klerman 2018). An old event that is not linked to the episode must not block
     * deficits, so this rule comes after {@link #ONSET_LINK} in both built-in policies: it orders
     * deficits last only among issues linked alike. (A policy that puts it first orders every
     * deficits issue after every other issue, linked or not.) Key: 0 for every other area, 1 for
     * {@link ProblemArea#INTERPERSONAL_DEFICITS}. Explanations show the problem areas.
     */
    public static final KeyedRankingRule DEFICITS_BY_EXCLUSION = new BuiltInRule("deficits-by-exclusion",
            "Among issues linked alike to the episode, issues of any other problem area before interpersonal"
                    + " deficits, the area of last resort.",
            "Interpersonal deficits only when no grief, dispute or transition linked to the current episode applies"
                    + " (Weissman, Markowitz and Klerman 2018).",
            List.of(Bibliography.WEISSMAN_2018),
            (issue, context) -> issue.area() == ProblemArea.INTERPERSONAL_DEFICITS ? 1 : 0,
            (issue, context) -> spelling(issue.area()));

    /**
     * Patient priority: the issue the patient rates as more important ranks first (priority 1
     * first).
     *
     * <p>When areas overlap, the focus is the one most important to the patient (Weissman,
     * Markowitz and Klerman 2018); the focus is negotiated with the patient (Stuart and Robertson
     * 2012). Key: the priority. Issues of equal priority tie. Explanations show the priorities.
     */
    public static final KeyedRankingRule PATIENT_PRIORITY = new BuiltInRule("patient-priority",
            "The issue the patient rates as more important first; priority 1 is the most important.",
            "When problem areas overlap, the one most important to the patient (Weissman, Markowitz and Klerman"
                    + " 2018); the focus is negotiated with the patient (Stuart and Robertson 2012).",
            List.of(Bibliography.WEISSMAN_2018, Bibliography.STUART_2012),
            (issue, context) -> issue.patientPriority(),
            (issue, context) -> Integer.toString(issue.patientPriority()));

    /**
     * Distress: the issue causing more distress ranks first (10 first, 0 last).
     *
     * <p>The library's own rule: no manual ranks issues by a distress score, no published numeric
     * scoring scheme exists, and the 0-10 scale is the library's. The built-in policies use
     * distress after the patient's priority as a further sign of what matters most to the
     * patient. Key: {@value InterpersonalIssue#MAX_DISTRESS} minus the distress. Explanations show
     * the distress ratings.
     */
    public static final KeyedRankingRule DISTRESS = new BuiltInRule("distress",
            "The issue causing more distress first, on the 0 to 10 scale.",
            "The library's own rule, not a manual's: no manual ranks issues by distress; used after the patient's"
                    + " priority as a further sign of what matters most to the patient (Weissman, Markowitz and"
                    + " Klerman 2018).",
            List.of(Bibliography.WEISSMAN_2018),
            (issue, context) -> InterpersonalIssue.MAX_DISTRESS - issue.distress(),
            (issue, context) -> Integer.toString(issue.distress()));

    /**
     * Amenability: the issue that looks more amenable to change, a manageable focus, ranks first
     * ({@link Amenability#HIGH} first, {@link Amenability#LOW} last).
     *
     * <p>Brief IPT prefers a manageable, strength-based focus (Swartz et al. 2004; Swartz et al.
     * 2014; IPT Institute, <i>Brief IPT</i>); outside brief IPT the rule is the library's own, used
     * last in the clinical default policy. Key: 0 for HIGH, 1 for MODERATE, 2 for LOW.
     * Explanations show the amenability.
     */
    public static final KeyedRankingRule AMENABILITY = new BuiltInRule("amenability",
            "The issue more amenable to change, a manageable focus, first.",
            "Brief IPT prefers a manageable, strength-based focus (Swartz et al. 2004; Swartz et al. 2014; IPT"
                    + " Institute, Brief IPT); outside brief IPT the library's own last criterion.",
            List.of(Bibliography.SWARTZ_2004, Bibliography.SWARTZ_2014, Bibliography.IPT_INSTITUTE_BRIEF),
            (issue, context) -> amenabilityKey(issue.amenability()),
            (issue, context) -> spelling(issue.amenability()));

    /**
     * Onset before maintenance: an opt-in rule, the library's own, that ranks issues that
     * precipitated the onset of the episode before every other issue.
     *
     * <p>The manuals treat a link to the onset and a link to the maintenance of the episode alike
     * (ISIPT, <i>Key IPT strategies</i>; IPT UK, <i>Stages of IPT</i>), so no built-in policy uses
     * this rule; a clinic that prefers precipitating events adds it to a custom policy after
     * {@link #ONSET_LINK}. Key: 0 for {@link OnsetLink#PRECIPITATED_ONSET}, 1 otherwise.
     * Explanations show the links.
     */
    public static final KeyedRankingRule ONSET_BEFORE_MAINTENANCE = new BuiltInRule("onset-before-maintenance",
            "Issues that precipitated the onset of the episode before every other issue.",
            "The library's own opt-in rule, not a manual's: the manuals treat links to the onset and to the"
                    + " maintenance of the episode alike (ISIPT, Key IPT strategies; IPT UK, Stages of IPT).",
            List.of(Bibliography.ISIPT_STRATEGIES, Bibliography.IPTUK_STAGES),
            (issue, context) -> issue.onsetLink() == OnsetLink.PRECIPITATED_ONSET ? 0 : 1,
            (issue, context) -> spelling(issue.onsetLink()));

    /**
     * Onset proximity: the issue that began closer in time to the onset of the current episode
     * ranks first; issues whose start or whose episode onset is unknown rank last.
     *
     * <p>The library's own rule, an extension of the onset link (ISIPT; IPT UK: prefer issues
     * linked in time to the onset), not a manual rule: no manual ranks by a number of days. It is
     * in neither built-in policy, because ranking equally linked issues by days would override the
     * patient's priority; add it to a custom policy after {@link #PATIENT_PRIORITY} to order issues
     * the other rules tie. Key: the absolute number of days between
     * {@link InterpersonalIssue#began()} and {@link RankingContext#episodeOnset()}, or
     * {@link Long#MAX_VALUE} if either is unknown. Explanations show the number of days, or {@code unknown}.
     */
    public static final KeyedRankingRule ONSET_PROXIMITY = new BuiltInRule("onset-proximity",
            "The issue that began closer in time to the onset of the current episode first; unknown dates last.",
            "The library's own extension of the onset link, not a manual's rule: no manual ranks by a number of"
                    + " days (ISIPT, Key IPT strategies; IPT UK, Stages of IPT).",
            List.of(Bibliography.ISIPT_STRATEGIES, Bibliography.IPTUK_STAGES),
            (issue, context) -> daysFromOnset(issue, context),
            (issue, context) -> {
                long days = daysFromOnset(issue, context);
                return days == Long.MAX_VALUE ? RankingRules.UNKNOWN_DAYS : Long.toString(days);
            });

    /**
     * The tie-break every policy applies after its rules: the issue with the lower
     * {@link org.iptmodel.core.IssueId} (in natural order) ranks first.
     *
     * <p>It carries no clinical meaning; it makes every ranking a strict total order, independent
     * of the order of the input. It is the library's own, and a ranking flags the issues it
     * orders ({@link RankingFlag.Code#TIED_BY_ID}), so that no focus is silently decided by id
     * text. Its name {@code issue-id} is reserved: a policy cannot list it among its rules.
     */
    public static final RankingRule ISSUE_ID = new IssueIdRule();

    private static final List<RankingRule> ALL = List.of(ONSET_LINK, DEFICITS_BY_EXCLUSION, PATIENT_PRIORITY,
            DISTRESS, AMENABILITY, ONSET_BEFORE_MAINTENANCE, ONSET_PROXIMITY, ISSUE_ID);

    /** The value {@link #ONSET_PROXIMITY} compares for an issue whose distance from the onset is unknown. */
    static final String UNKNOWN_DAYS = "unknown";

    /** The message of a placeholder asked to rank, the same whatever its name. */
    static final String PLACEHOLDER_CANNOT_RANK = "a placeholder ranking rule, read by name from a recorded ranking,"
            + " cannot compare issues";

    private RankingRules() {
    }

    /**
     * Obtains a placeholder for a rule known only by its name: the rule a recorded ranking names
     * when its reader does not know a rule of that name (for example a rule of another
     * application's own). A placeholder keeps the record: a {@link Ranking} built from its parts
     * ({@link Ranking#of}) may name it in its policy and as the rule that decided an entry. It
     * cannot rank: its {@link RankingRule#compare} throws {@link IllegalStateException},
     * and so do {@link RankingPolicy#rank(java.util.List, RankingContext)} and
     * {@link Ranking#verify(RankingPolicy)} for a policy holding one, naming the rule by its
     * position in the policy. Test for one with {@link #isPlaceholder(RankingRule)}.
     *
     * <pre>{@code
     * RankingRule rule = RankingRules.placeholder("clinic:closest-person");
     * RankingRules.isPlaceholder(rule);   // true
     * }</pre>
     *
     * <p>Two placeholders of the same name are equal; a placeholder equals no other rule.
     *
     * @param name the rule's name, an identifier other than the name of a built-in rule; not null
     * @return the placeholder, immutable and thread-safe, not null
     * @throws InvalidModelException if the name is not an identifier (rule {@link ModelRule#ID_FORMAT},
     *         path {@code name}) or is the name of a built-in rule, which is always known (rule
     *         {@link ModelRule#UNIQUE_IDS}, path {@code name})
     */
    public static RankingRule placeholder(String name) {
        Objects.requireNonNull(name, "name");
        if (!Identifiers.isToken(name)) {
            throw new InvalidModelException("RankingRule", List.of(new Violation("name", ModelRule.ID_FORMAT,
                    "name " + ModelRule.ID_FORMAT.description())));
        }
        if (named(name).isPresent()) {
            throw new InvalidModelException("RankingRule", List.of(new Violation("name", ModelRule.UNIQUE_IDS,
                    "name is the name of a built-in rule, which needs no placeholder")));
        }
        return new PlaceholderRule(name);
    }

    /**
     * Checks whether a rule is a placeholder made by {@link #placeholder(String)}, which keeps a
     * rule's name and cannot rank.
     *
     * @param rule the rule, not null
     * @return true if it is a placeholder
     */
    public static boolean isPlaceholder(RankingRule rule) {
        Objects.requireNonNull(rule, "rule");
        return rule instanceof PlaceholderRule;
    }

    /** An enum value as the JSON format spells it: its constant's name in lower case. */
    private static String spelling(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns every built-in rule: onset link, deficits by exclusion, patient priority, distress,
     * amenability, onset before maintenance, onset proximity and the issue-id tie-break, in that
     * order.
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
            case MAINTAINS_EPISODE:
                return 0;
            case NOT_LINKED:
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
