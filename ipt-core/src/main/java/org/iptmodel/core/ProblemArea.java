package org.iptmodel.core;

import java.util.List;

/**
 * The four IPT problem areas around which the middle phase is organised.
 *
 * <p>A problem area is chosen when the onset or the maintenance of the depressive episode is
 * associated with it (International Society of IPT, key strategies). Each constant carries the
 * goals and strategies of the manuals as documented data; they are descriptions for display,
 * never rules. Which areas a protocol uses is protocol data ({@link Protocol#problemAreas()}):
 * Stuart's model, for example, has no interpersonal deficits.
 *
 * <p>Sources: Weissman, Markowitz and Klerman, <i>The Guide to Interpersonal Psychotherapy</i>
 * (2018) [Guide]; ISIPT, <i>Key IPT strategies</i> [ISIPT].
 */
public enum ProblemArea {
    /**
     * Grief: complicated bereavement after a death. It requires a death; in the Weissman model a
     * loss that is not a death is a role transition [Guide].
     */
    GRIEF(
            List.of("Facilitate the mourning process",
                    "Help the patient re-establish interests and relationships that can substitute for what was lost"),
            List.of("Review depressive symptoms and relate their onset to the death",
                    "Reconstruct the relationship with the deceased",
                    "Describe the events just before, during and after the death",
                    "Explore associated feelings, negative as well as positive",
                    "Consider possible ways of becoming involved with others")),
    /**
     * Role dispute: non-reciprocal expectations with a significant other, at a stage of
     * renegotiation, impasse or dissolution ({@link DisputeStage}) [Guide].
     */
    ROLE_DISPUTE(
            List.of("Identify the dispute",
                    "Choose a plan of action",
                    "Modify expectations or faulty communication to bring about a satisfactory resolution"),
            List.of("Determine the stage of the dispute",
                    "Understand how non-reciprocal role expectations relate to the dispute",
                    "Look for parallels in other relationships",
                    "Use communication analysis and decision analysis to find options",
                    "Rehearse new ways of communicating")),
    /**
     * Role transition: difficulty with a change of life role (job, relationship, health, home,
     * status), positive changes included [ISIPT].
     */
    ROLE_TRANSITION(
            List.of("Mourn and accept the loss of the old role",
                    "See the new role more realistically, including its opportunities",
                    "Restore self-esteem through a sense of mastery of the new role"),
            List.of("Review the positive and negative aspects of the old and new roles",
                    "Explore feelings about what was lost",
                    "Explore opportunities in the new role",
                    "Develop the social support and skills the new role demands")),
    /**
     * Interpersonal deficits (also called interpersonal sensitivity or social isolation): chosen
     * only when no other area applies, the area of last resort with a poorer prognosis [Guide].
     */
    INTERPERSONAL_DEFICITS(
            List.of("Reduce the patient's social isolation",
                    "Improve current relationships and encourage the forming of new ones"),
            List.of("Review past significant relationships, positive and negative",
                    "Explore repetitive patterns in relationships",
                    "Use the therapeutic relationship as a model for other relationships",
                    "Rehearse new ways of relating through role play"));

    private final List<String> goals;
    private final List<String> strategies;

    ProblemArea(List<String> goals, List<String> strategies) {
        this.goals = goals;
        this.strategies = strategies;
    }

    /**
     * Returns the goals of work on this area, as the manuals state them.
     *
     * @return the goals, unmodifiable, not empty
     */
    public List<String> goals() {
        return goals;
    }

    /**
     * Returns the strategies the manuals describe for this area.
     *
     * @return the strategies, unmodifiable, not empty
     */
    public List<String> strategies() {
        return strategies;
    }
}
