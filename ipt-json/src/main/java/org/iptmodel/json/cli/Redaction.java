package org.iptmodel.json.cli;

import java.util.Collections;
import java.util.List;
import org.iptmodel.core.Course;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingContext;
import org.iptmodel.core.ranking.RankingPolicy;

/**
 * A course's ranking with the patient's text left out, for documents the tool prints: every free
 * text a ranking holds (issue summaries; the inventory's aliases, satisfying and unsatisfying
 * aspects, expectations and wished changes) becomes {@value #PLACEHOLDER}, each list keeping its
 * length. Ranking looks at no text, so the redacted ranking orders, explains and flags the issues as
 * the course's own ranking does, and its document reads back like any other.
 */
final class Redaction {
    /** What every free text becomes. */
    static final String PLACEHOLDER = "redacted";

    private Redaction() {
    }

    /** Ranks the course's issues, redacted, in its context, redacted. */
    static Ranking rank(RankingPolicy policy, Course course) {
        List<InterpersonalIssue> issues = course.issues().stream().map(Redaction::issue).toList();
        RankingContext context = RankingContext.of(course);
        return policy.rank(issues, context.withInventory(inventory(context.inventory())));
    }

    private static InterpersonalIssue issue(InterpersonalIssue issue) {
        return issue.withSummary(PLACEHOLDER);
    }

    private static InterpersonalInventory inventory(InterpersonalInventory inventory) {
        return inventory.withPeople(inventory.people().stream().map(Redaction::person).toList());
    }

    private static Relationship person(Relationship person) {
        return person.withAlias(PLACEHOLDER)
                .withSatisfyingAspects(texts(person.satisfyingAspects()))
                .withUnsatisfyingAspects(texts(person.unsatisfyingAspects()))
                .withExpectations(texts(person.expectations()))
                .withWishedChanges(texts(person.wishedChanges()));
    }

    private static List<String> texts(List<String> texts) {
        return Collections.nCopies(texts.size(), PLACEHOLDER);
    }
}
