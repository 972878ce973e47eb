package org.iptmodel.core.ranking;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.iptmodel.core.Amenability;
import org.iptmodel.core.ContactFrequency;
import org.iptmodel.core.Course;
import org.iptmodel.core.CourseId;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.IssueId;
import org.iptmodel.core.OnsetLink;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.PersonId;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.RelationKind;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.TreatmentContract;

/** Short builders for the example tests. */
final class RankingFixtures {
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private RankingFixtures() {
    }

    static Relationship alive(String id, RelationKind relation) {
        return Relationship.builder().id(PersonId.of(id)).alias("alias of " + id).relation(relation).closeness(1)
                .contact(ContactFrequency.WEEKLY).build();
    }

    static Relationship deceased(String id, RelationKind relation, LocalDate died) {
        return alive(id, relation).withDeceased(true).withDateOfDeath(died);
    }

    static InterpersonalInventory inventory(Relationship... people) {
        return InterpersonalInventory.builder().addAllPeople(List.of(people)).build();
    }

    /** An issue with a summary, priority 1, distress 5 and moderate amenability, naming nobody. */
    static InterpersonalIssue issue(String id, ProblemArea area, OnsetLink link) {
        return InterpersonalIssue.builder()
                .id(IssueId.of(id))
                .summary("what the patient said about " + id)
                .area(area)
                .onsetLink(link)
                .patientPriority(1)
                .distress(5)
                .amenability(Amenability.MODERATE)
                .build();
    }

    static RankingContext context(Protocol protocol, Relationship... people) {
        return RankingContext.of(protocol, inventory(people));
    }

    static Course course(Protocol protocol, LocalDate onset, InterpersonalInventory inventory,
            InterpersonalIssue... issues) {
        return Course.builder()
                .id(CourseId.of("c-1"))
                .patient(PatientRef.of("pseudo-1"))
                .protocol(protocol)
                .contract(TreatmentContract.builder()
                        .plannedSessions(protocol.acuteSessions().max())
                        .cadence(Period.ofWeeks(1))
                        .sessionLength(Duration.ofMinutes(50))
                        .start(START)
                        .build())
                .episodeOnset(onset)
                .inventory(inventory)
                .addIssues(issues)
                .build();
    }

    static List<IssueId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(IssueId::of).toList();
    }
}
