package org.iptmodel.core.contracts;

import java.util.ArrayList;
import java.util.List;
import org.iptmodel.core.ContractAmendment;
import org.iptmodel.core.Course;
import org.iptmodel.core.Focus;
import org.iptmodel.core.Formulation;
import org.iptmodel.core.InterpersonalInventory;
import org.iptmodel.core.InterpersonalIssue;
import org.iptmodel.core.PatientRef;
import org.iptmodel.core.Relationship;
import org.iptmodel.core.Session;
import org.iptmodel.core.Termination;
import org.iptmodel.core.TreatmentContract;

/**
 * The redacted texts a value of the model holds: the patient data that {@code toString()} and
 * exception messages must never show.
 *
 * <p>Each method lists, in no particular order, the texts of the attributes the model marks as
 * redacted, including those of nested values.
 */
public final class RedactedTexts {

    private RedactedTexts() {
    }

    /**
     * Returns the patient reference's text.
     *
     * @param patient the reference, not null
     * @return the texts, not null
     */
    public static List<String> of(PatientRef patient) {
        return List.of(patient.value());
    }

    /**
     * Returns the alias and every aspect, expectation and wished-for change.
     *
     * @param person the relationship, not null
     * @return the texts, not null
     */
    public static List<String> of(Relationship person) {
        List<String> texts = new ArrayList<>();
        texts.add(person.alias());
        texts.addAll(person.satisfyingAspects());
        texts.addAll(person.unsatisfyingAspects());
        texts.addAll(person.expectations());
        texts.addAll(person.wishedChanges());
        return texts;
    }

    /**
     * Returns the texts of every person.
     *
     * @param inventory the inventory, not null
     * @return the texts, not null
     */
    public static List<String> of(InterpersonalInventory inventory) {
        List<String> texts = new ArrayList<>();
        inventory.people().forEach(p -> texts.addAll(of(p)));
        return texts;
    }

    /**
     * Returns the summary.
     *
     * @param issue the issue, not null
     * @return the texts, not null
     */
    public static List<String> of(InterpersonalIssue issue) {
        return List.of(issue.summary());
    }

    /**
     * Returns the override reason, if any.
     *
     * @param focus the focus, not null
     * @return the texts, not null
     */
    public static List<String> of(Focus focus) {
        return focus.overrideReason().map(List::of).orElse(List.of());
    }

    /**
     * Returns the reason and the new focus's texts.
     *
     * @param amendment the amendment, not null
     * @return the texts, not null
     */
    public static List<String> of(ContractAmendment amendment) {
        List<String> texts = new ArrayList<>();
        texts.add(amendment.reason());
        amendment.newFocus().ifPresent(f -> texts.addAll(of(f)));
        return texts;
    }

    /**
     * Returns the texts of every amendment.
     *
     * @param contract the contract, not null
     * @return the texts, not null
     */
    public static List<String> of(TreatmentContract contract) {
        List<String> texts = new ArrayList<>();
        contract.amendments().forEach(a -> texts.addAll(of(a)));
        return texts;
    }

    /**
     * Returns the onset event, if any.
     *
     * @param formulation the formulation, not null
     * @return the texts, not null
     */
    public static List<String> of(Formulation formulation) {
        return formulation.onsetEvent().map(List::of).orElse(List.of());
    }

    /**
     * Returns the notes, if any.
     *
     * @param session the session, not null
     * @return the texts, not null
     */
    public static List<String> of(Session session) {
        return session.notes().map(List::of).orElse(List.of());
    }

    /**
     * Returns the warning signs.
     *
     * @param termination the termination record, not null
     * @return the texts, not null
     */
    public static List<String> of(Termination termination) {
        return List.copyOf(termination.warningSigns());
    }

    /**
     * Returns every redacted text of the course: the patient reference, the inventory, the issues,
     * the focus, the contract, the formulation, the sessions and the termination record.
     *
     * @param course the course, not null
     * @return the texts, not null
     */
    public static List<String> of(Course course) {
        List<String> texts = new ArrayList<>(of(course.patient()));
        texts.addAll(of(course.inventory()));
        course.issues().forEach(i -> texts.addAll(of(i)));
        course.focus().ifPresent(f -> texts.addAll(of(f)));
        texts.addAll(of(course.contract()));
        course.formulation().ifPresent(f -> texts.addAll(of(f)));
        course.sessions().forEach(s -> texts.addAll(of(s)));
        course.termination().ifPresent(t -> texts.addAll(of(t)));
        return texts;
    }
}
