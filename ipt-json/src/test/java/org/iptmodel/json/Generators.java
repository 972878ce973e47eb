package org.iptmodel.json;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.arbitraries.IptArbitraries;

/**
 * The values the properties of ipt-json run on: mostly the shared arbitraries of ipt-core's
 * test-jar ({@link IptArbitraries}), mixed with {@link RandomModel}, whose courses add custom
 * instruments in measurements and text that is hard to escape (quotes, control characters, lone
 * surrogates, JSON inside text).
 */
final class Generators {

    private Generators() {
    }

    static Arbitrary<Course> courses() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, IptArbitraries.courses()),
                Tuple.of(1, Arbitraries.randomValue(random -> new RandomModel(random).course())));
    }

    static Arbitrary<Protocol> protocols() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, IptArbitraries.protocols()),
                Tuple.of(1, Arbitraries.randomValue(random -> new RandomModel(random).protocol())));
    }
}
