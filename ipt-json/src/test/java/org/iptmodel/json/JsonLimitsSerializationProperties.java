package org.iptmodel.json;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import org.iptmodel.core.contracts.SerializationContract;

/**
 * Limits of any size, written with Java serialization, read back equal: the testkit's serialization
 * law on a type of ipt-json ({@link IptJsonSerializationTest} checks the settings and the refusals).
 */
class JsonLimitsSerializationProperties implements SerializationContract<JsonLimits> {

    @Override
    @Provide
    public Arbitrary<JsonLimits> values() {
        Arbitrary<Integer> positive = Arbitraries.integers().between(1, Integer.MAX_VALUE);
        return Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE), positive, positive, positive,
                positive, positive, positive)
                .as((length, depth, string, sessions, issues, people, items) -> JsonLimits.defaults()
                        .withMaxDocumentLength(length).withMaxNestingDepth(depth).withMaxStringLength(string)
                        .withMaxSessions(sessions).withMaxIssues(issues).withMaxPeople(people)
                        .withMaxArrayItems(items));
    }
}
