/**
 * Ranking the patient's interpersonal issues and selecting the focus of treatment.
 *
 * <p>In the initial phase of IPT the patient records every interpersonal issue, ranks them, and
 * patient and therapist choose which to work on. No published numeric scoring
 * scheme exists, so this package encodes the manuals' rules as ordered, named, explainable rules
 * rather than weights:
 * <ul>
 * <li>a {@link org.iptmodel.core.ranking.RankingRule} compares two issues in a
 *     {@link org.iptmodel.core.ranking.RankingContext} (the episode onset, the interpersonal
 *     inventory and the protocol); the built-in rules are in
 *     {@link org.iptmodel.core.ranking.RankingRules}, each citing its clinical source;</li>
 * <li>a {@link org.iptmodel.core.ranking.RankingPolicy} applies its rules in order, then breaks
 *     the remaining ties on the issue id, so that every ranking is a strict total order,
 *     deterministic and independent of the order of its input;</li>
 * <li>a {@link org.iptmodel.core.ranking.Ranking} holds the ordered issues, for each the rule that
 *     placed it above the next one and why, as data ({@link org.iptmodel.core.ranking.RankingReason}:
 *     the rule's name and the values it compared, in spelling form), and the flags raised for
 *     review (grief without a recorded death, a link not assessed, a tie decided by issue id). A
 *     ranking recorded earlier is rebuilt from its parts with
 *     {@link org.iptmodel.core.ranking.Ranking#of}, without ranking again, and checked against a
 *     policy on request ({@link org.iptmodel.core.ranking.Ranking#verify});</li>
 * <li>a {@link org.iptmodel.core.ranking.FocusSelector} chooses the focus from a ranking, and a
 *     {@link org.iptmodel.core.ranking.FocusSelection} records the patient's agreement, a
 *     clinician's override, or a reassessment as a contract amendment, and explains which issue
 *     and rule put each area in the focus.</li>
 * </ul>
 *
 * <pre>{@code
 * Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
 * Optional<FocusSelection> selection = FocusSelector.standard().select(ranking);
 * Focus focus = selection.orElseThrow().agreedOn(LocalDate.of(2026, 1, 19));
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe, except the builders. Invalid arguments throw
 * {@link org.iptmodel.core.InvalidModelException}, the one exception type of the module, naming
 * the field path and the rule broken; its messages never contain patient text.
 *
 * <h2>Nulls</h2>
 * No method accepts or returns {@code null}. Passing {@code null} throws
 * {@link java.lang.NullPointerException} naming the parameter; absent values are
 * {@link java.util.Optional}.
 *
 * <p>This library records and organises care. It gives no clinical advice: the rules order what
 * the clinician recorded, and the clinician decides.
 */
package org.iptmodel.core.ranking;
