package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.iptmodel.core.Course;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.SerializationContract;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.report.InstrumentOutcome;
import org.iptmodel.core.report.OutcomeReport;

/**
 * A serialized value whose bytes were changed is read back as a valid value, equal to the one
 * written or another one, or refused with an exception, never as an invalid value and never after
 * a hang. The reader sets {@link Serial#FILTER}, as every reader of untrusted streams should: the
 * model's guarantee is validity; bounding the memory a stream may ask for is the filter's task.
 */
class SerializationTamperingProperties {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Property(tries = 300)
    void aCourseWithChangedBytesIsValidOrRefused(@ForAll("courses") Course course,
            @ForAll("changes") List<Integer> changes, @ForAll @IntRange(min = 1, max = 3) int count) {
        byte[] bytes = SerializationContract.bytes(course);
        byte[] tampered = tamper(bytes, changes, count);
        Object read = readOrNull(tampered);
        if (read instanceof Course c) {
            assertThat(Course.builder().from(c).build()).isEqualTo(c);
            assertThat(c.status()).isNotNull();
        } else {
            assertThat(read).isNull();
        }
        Statistics.label("read").collect(read == null ? "refused" : read.equals(course) ? "equal" : "another course");
    }

    @Property(tries = 100)
    void aRankingOrReportWithChangedBytesIsValidOrRefused(@ForAll("courses") Course course,
            @ForAll("changes") List<Integer> changes) {
        Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
        Object read = readOrNull(tamper(SerializationContract.bytes(ranking), changes, 1));
        if (read instanceof Ranking r) {
            // a ranking read is a valid record, rebuilt equal from its parts; it is not ranked again
            assertThat(Ranking.of(r.policy(), r.context(), r.entries(), r.flags())).isEqualTo(r);
        }
        OutcomeReport report = OutcomeReport.of(course);
        Object readReport = readOrNull(tamper(SerializationContract.bytes(report), changes, 1));
        if (readReport instanceof OutcomeReport o) {
            // a report read is a valid record: its severities and classes may be what a changed
            // byte made them, as a stored report's may be what an earlier release graded
            List<InstrumentOutcome> outcomes = new ArrayList<>();
            o.outcomes().forEach(x -> outcomes.add(InstrumentOutcome.recorded(x.instrument(), x.points(),
                    x.responseClass())));
            assertThat(OutcomeReport.recorded(o.criteria(), o.safetyFlags(), o.safetyNotices(),
                    o.concurrentTreatments(), outcomes)).isEqualTo(o);
        }
    }

    /** Reads the stream; null if it was refused with any exception (an error would fail the property). */
    private static Object readOrNull(byte[] bytes) {
        return assertTimeoutPreemptively(PATIENCE, () -> {
            try {
                return SerializationContract.read(bytes);
            } catch (Exception refused) {
                return null;
            }
        });
    }

    /**
     * Changes {@code count} bytes: each change picks a position (a change's value modulo the length)
     * and, half the time, flips one bit, else sets a byte taken from the change.
     */
    private static byte[] tamper(byte[] bytes, List<Integer> changes, int count) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < count && i < changes.size(); i++) {
            int change = changes.get(i);
            int position = Math.floorMod(change, copy.length);
            if ((change & 0x100_0000) == 0) {
                copy[position] ^= (byte) (1 << ((change >>> 8) & 7));
            } else {
                copy[position] = (byte) (change >>> 16);
            }
        }
        return copy;
    }

    @Provide
    Arbitrary<Course> courses() {
        return IptArbitraries.courses();
    }

    @Provide
    Arbitrary<List<Integer>> changes() {
        return Arbitraries.integers().list().ofSize(3);
    }
}
