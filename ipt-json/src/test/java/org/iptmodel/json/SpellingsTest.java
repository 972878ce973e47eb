package org.iptmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The enum spellings are part of the format: this table pins them, so renaming a Java constant
 * (which would change {@code name()}) or reordering constants cannot change documents unnoticed.
 */
class SpellingsTest {

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of(Spellings.PROBLEM_AREA, List.of("grief", "role_dispute", "role_transition",
                        "interpersonal_deficits")),
                Arguments.of(Spellings.DISPUTE_STAGE, List.of("renegotiation", "impasse", "dissolution")),
                Arguments.of(Spellings.PHASE, List.of("initial", "middle", "termination", "maintenance")),
                Arguments.of(Spellings.TECHNIQUE, List.of("exploratory", "encouragement_of_affect", "clarification",
                        "communication_analysis", "therapeutic_relationship", "decision_analysis", "role_play",
                        "directive", "adjunctive")),
                Arguments.of(Spellings.COURSE_STATUS, List.of("planned", "active", "completed", "discontinued")),
                Arguments.of(Spellings.CONTRACT_TYPE, List.of("acute", "continuation", "maintenance")),
                Arguments.of(Spellings.SICK_ROLE_KIND, List.of("full", "limited")),
                Arguments.of(Spellings.RELATION_KIND, List.of("partner", "former_partner", "parent", "child", "sibling",
                        "other_relative", "friend", "colleague", "community", "professional", "other")),
                Arguments.of(Spellings.CONTACT_FREQUENCY, List.of("daily", "weekly", "monthly", "rarely", "none")),
                Arguments.of(Spellings.ONSET_LINK, List.of("precipitated_onset", "maintains_episode", "not_linked",
                        "not_assessed")),
                Arguments.of(Spellings.AMENABILITY, List.of("low", "moderate", "high")),
                Arguments.of(Spellings.SEVERITY, List.of("minimal", "mild", "moderate", "moderately_severe", "severe")),
                Arguments.of(Spellings.TERMINATION_OUTCOME, List.of("remitted", "partial_response", "no_response")),
                Arguments.of(Spellings.NEXT_STEP, List.of("conclude", "continuation_contract", "maintenance_contract",
                        "refer_to_other_treatment")),
                Arguments.of(Spellings.DISCONTINUATION_REASON, List.of("patient_withdrew", "lost_to_follow_up",
                        "clinical_deterioration", "referred_elsewhere", "adverse_event", "administrative", "other")),
                Arguments.of(Spellings.TREATMENT_KIND, List.of("antidepressant_medication",
                        "other_psychotropic_medication", "psychotherapy", "other")),
                Arguments.of(Spellings.PROTOCOL_FORMAT, List.of("individual", "group")),
                Arguments.of(Spellings.FOCUS_BASIS, List.of("ranking", "clinician_override")),
                Arguments.of(Spellings.RANKING_FLAG_CODE, List.of("grief_without_death", "area_outside_protocol",
                        "link_not_assessed", "tied_by_id", "focus_not_linked", "focus_decided_by_id")),
                Arguments.of(Spellings.REPORT_SEVERITY, List.of("info", "warning", "serious", "safety")),
                Arguments.of(Spellings.DEVIATION_CODE, List.of("acute_sessions_outside_protocol",
                        "phase_length_outside_protocol", "session_gap_too_long", "focal_areas_above_protocol",
                        "focus_clinician_override", "deficits_while_other_area_present", "focus_area_not_linked", "grief_focus_without_death",
                        "middle_phase_without_accepted_formulation", "middle_phase_without_focus",
                        "termination_not_announced_in_time", "completed_without_termination_session",
                        "maintenance_not_discussed")),
                Arguments.of(Spellings.RESPONSE_CLASS, List.of("remission", "response", "partial_response",
                        "no_change", "worsening", "baseline_not_depressed")));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void each_enum_has_its_pinned_spellings_in_order(EnumFormat<?> format, List<String> spellings) {
        assertThat(format.spellings()).containsExactlyElementsOf(spellings);
        assertThat(spellings).hasSize(format.type().getEnumConstants().length);
    }

    @Test
    void every_table_is_pinned() {
        assertThat(tables().map(a -> a.get()[0]).toList()).containsExactlyInAnyOrderElementsOf(Spellings.ALL);
    }

    /** Pins which constant each spelling stands for, not only the list of spellings. */
    @Test
    void in_version_1_each_spelling_is_the_lowercase_name_of_its_constant() {
        for (EnumFormat<?> format : Spellings.ALL) {
            assertSpelledByName(format);
        }
    }

    private static <E extends Enum<E>> void assertSpelledByName(EnumFormat<E> format) {
        for (E constant : format.type().getEnumConstants()) {
            assertThat(format.spelling(constant)).isEqualTo(constant.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void every_spelling_is_lowercase_snake_case_and_unique_within_its_enum() {
        for (EnumFormat<?> format : Spellings.ALL) {
            assertThat(format.spellings()).doesNotHaveDuplicates()
                    .allSatisfy(s -> assertThat(s).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"));
        }
    }

    @Test
    void a_table_that_misses_a_constant_is_refused() {
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> EnumFormat
                .of(org.iptmodel.core.SickRoleKind.class, "sick role kind")
                .add(org.iptmodel.core.SickRoleKind.FULL, "full").build());
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> EnumFormat
                .of(org.iptmodel.core.SickRoleKind.class, "sick role kind")
                .add(org.iptmodel.core.SickRoleKind.FULL, "full")
                .add(org.iptmodel.core.SickRoleKind.LIMITED, "Limited").build());
    }

    @Test
    void a_table_in_another_order_than_the_java_constants_decides_the_order() {
        EnumFormat<org.iptmodel.core.SickRoleKind> reversed = EnumFormat
                .of(org.iptmodel.core.SickRoleKind.class, "sick role kind")
                .add(org.iptmodel.core.SickRoleKind.LIMITED, "limited")
                .add(org.iptmodel.core.SickRoleKind.FULL, "full").build();
        assertThat(reversed.spellings()).containsExactly("limited", "full");
        assertThat(reversed.inTableOrder(java.util.EnumSet.allOf(org.iptmodel.core.SickRoleKind.class)))
                .containsExactly(org.iptmodel.core.SickRoleKind.LIMITED, org.iptmodel.core.SickRoleKind.FULL);
        assertThat(Spellings.TECHNIQUE.inTableOrder(List.of(org.iptmodel.core.Technique.ROLE_PLAY,
                org.iptmodel.core.Technique.EXPLORATORY)))
                .containsExactly(org.iptmodel.core.Technique.EXPLORATORY, org.iptmodel.core.Technique.ROLE_PLAY);
    }

    @Test
    void sets_are_written_in_table_order() {
        Map<String, Integer> rank = new LinkedHashMap<>();
        List<String> spellings = Spellings.TECHNIQUE.spellings();
        for (int i = 0; i < spellings.size(); i++) {
            rank.put(spellings.get(i), i);
        }
        String json = IptJson.strict().course().write(Samples.course(org.iptmodel.core.Protocol.standard()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"techniques\":\\[([^\\]]*)\\]").matcher(json);
        while (m.find()) {
            List<Integer> order = Stream.of(m.group(1).split(",")).map(s -> rank.get(s.replace("\"", ""))).toList();
            assertThat(order).isSorted();
        }
    }
}
