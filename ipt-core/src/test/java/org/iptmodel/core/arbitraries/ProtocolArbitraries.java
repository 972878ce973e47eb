package org.iptmodel.core.arbitraries;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.Bibliography;
import org.iptmodel.core.IntRange;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Measurement;
import org.iptmodel.core.ProblemArea;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.ProtocolFormat;
import org.iptmodel.core.Reference;
import org.iptmodel.core.Severity;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.SickRoleKind;

/**
 * Protocols, instruments and measurements. Package-private: use {@link IptArbitraries}.
 *
 * <p>Generation draws independent random choices ("plans") from fixed arbitraries and maps them to
 * valid values with plain arithmetic, so that no value is ever filtered and jqwik can reuse its
 * generators.
 */
final class ProtocolArbitraries {
    private static final Arbitrary<Integer> KEY = Arbitraries.integers().between(0, 10_000);

    static final Arbitrary<Protocol> CATALOGUE = Arbitraries.of(Protocol.catalogue());
    static final Arbitrary<Protocol> CUSTOM = Arbitraries.frequencyOf(Tuple.of(30, customProtocols()),
            Tuple.of(1, customProtocols().map(ProtocolArbitraries::largest)));
    static final Arbitrary<Protocol> ALL = Arbitraries.frequencyOf(Tuple.of(1, CATALOGUE), Tuple.of(1, CUSTOM));

    static final Arbitrary<BandPlan> BAND_PLANS = Combinators.combine(KEY, Arbitraries.shuffle(Severity.values()),
            KEY.list().ofSize(Severity.values().length - 1)).as(BandPlan::new);
    static final Arbitrary<Instrument> CUSTOM_INSTRUMENTS = customInstruments();
    static final Arbitrary<Instrument> INSTRUMENTS = Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.of(Instrument.catalogue())), Tuple.of(1, CUSTOM_INSTRUMENTS));
    static final Arbitrary<MeasurementPlan> MEASUREMENT_PLANS = Combinators.combine(
            Arbitraries.frequency(Tuple.of(1, ScoreKind.LOWEST), Tuple.of(1, ScoreKind.HIGHEST), Tuple.of(6, ScoreKind.ANY)),
            Arbitraries.of(true, false), Arbitraries.longs()).as(MeasurementPlan::new);
    static final Arbitrary<Measurement> MEASUREMENTS = Combinators.combine(INSTRUMENTS, MEASUREMENT_PLANS)
            .as((instrument, plan) -> plan.on(instrument));

    private ProtocolArbitraries() {
    }

    // ---------------------------------------------------------------- protocols

    private static Arbitrary<Protocol> customProtocols() {
        // maxSum <= 16, so acute.max <= 20 like the largest catalogue protocol (group IPT)
        Arbitrary<IntRange> initial = range(2, 2);
        Arbitrary<IntRange> middle = range(6, 4);
        Arbitrary<IntRange> termination = range(1, 1);
        Arbitrary<PhaseRanges> phases = Combinators.combine(initial, middle, termination).as(PhaseRanges::new);
        Arbitrary<Boolean> maintenanceOnly = Arbitraries.frequency(Tuple.of(5, false), Tuple.of(1, true));
        Arbitrary<List<Duration>> lengths = Combinators.combine(IptArbitraries.sessionLengths(),
                IptArbitraries.sessionLengths()).as((a, b) -> a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a));
        Arbitrary<Optional<IntRange>> groupSize = Combinators.combine(Arbitraries.integers().between(2, 8),
                Arbitraries.integers().between(0, 6)).as((min, width) -> IntRange.of(min, min + width)).optional(0.3);
        Arbitrary<List<ProblemArea>> areas = Arbitraries.subsetOf(ProblemArea.values()).ofMinSize(1)
                .map(set -> set.stream().sorted().toList());
        Arbitrary<CommonPlan> common = Combinators.combine(IptArbitraries.idTokens(), IptArbitraries.displayNames(),
                areas, KEY, lengths, groupSize, Arbitraries.of(SickRoleKind.class), Arbitraries.integers().between(0, 5))
                .as(CommonPlan::new);
        Arbitrary<Protocol> core = Combinators.combine(maintenanceOnly, phases, KEY.list().ofSize(4),
                IptArbitraries.cadences(), IptArbitraries.cadences().optional(0.5), common)
                .as(ProtocolArbitraries::protocol);
        Arbitrary<List<Reference>> references = Arbitraries.subsetOf(Bibliography.all()).ofMaxSize(4)
                .map(set -> set.stream().sorted(Comparator.comparing(Reference::key)).toList());
        return Combinators.combine(core, Arbitraries.integers().between(0, 10), Arbitraries.of(false, true),
                references).as((p, engagement, discusses, works) -> Protocol.builder().from(p)
                        .engagementSessions(engagement).discussesMaintenance(discusses).references(works).build());
    }

    private static Protocol protocol(boolean maintenanceOnly, PhaseRanges phases, List<Integer> keys, Period cadence,
            Optional<Period> maintenance, CommonPlan common) {
        Protocol.Builder b = Protocol.builder()
                .id(common.id())
                .name(common.name())
                .cadence(cadence)
                .minSessionLength(common.lengths().get(0))
                .maxSessionLength(common.lengths().get(1))
                .problemAreas(common.areas())
                .maxFocalAreas(1 + common.maxFocalKey() % common.areas().size())
                .sickRole(common.sickRole())
                .format(common.groupSize().isPresent() ? ProtocolFormat.GROUP : ProtocolFormat.INDIVIDUAL)
                .groupSize(common.groupSize())
                .individualMeetings(common.groupSize().isPresent() ? common.meetings() : 0);
        if (maintenanceOnly) {
            IntRange none = IntRange.exactly(0);
            return b.acuteSessions(none).initialSessions(none).middleSessions(none).terminationSessions(none)
                    .terminationNotice(none).maintenanceCadence(maintenance.orElse(cadence)).build();
        }
        // The phase ranges fit the acute range when minSum <= acute.max and maxSum >= acute.min.
        int acuteMin = keys.get(0) % (phases.maxSum() + 1);
        int acuteMax = Math.max(Math.max(acuteMin, phases.minSum()), 1) + keys.get(1) % 5;
        int noticeMin = keys.get(2) % (acuteMax + 1);
        int noticeMax = noticeMin + keys.get(3) % (acuteMax - noticeMin + 1);
        return b.acuteSessions(IntRange.of(acuteMin, acuteMax))
                .initialSessions(phases.initial())
                .middleSessions(phases.middle())
                .terminationSessions(phases.termination())
                .terminationNotice(IntRange.of(noticeMin, noticeMax))
                .maintenanceCadence(maintenance)
                .build();
    }

    /**
     * The protocol with the largest ranges the model accepts: its acute range, each phase range
     * and its termination notice reach {@link Bounds#MAX_PROTOCOL_SESSIONS}, their minimums kept.
     */
    static Protocol largest(Protocol p) {
        int most = Bounds.MAX_PROTOCOL_SESSIONS;
        return Protocol.builder().from(p)
                .acuteSessions(IntRange.of(p.acuteSessions().min(), most))
                .initialSessions(IntRange.of(p.initialSessions().min(), most))
                .middleSessions(IntRange.of(p.middleSessions().min(), most))
                .terminationSessions(IntRange.of(p.terminationSessions().min(), most))
                .terminationNotice(IntRange.of(p.terminationNotice().min(), most))
                .build();
    }

    /** A range {@code min..min+width} with {@code min} in {@code 0..maxMin} and {@code width} in {@code 0..maxWidth}. */
    private static Arbitrary<IntRange> range(int maxMin, int maxWidth) {
        return Combinators.combine(Arbitraries.integers().between(0, maxMin), Arbitraries.integers().between(0, maxWidth))
                .as((min, width) -> IntRange.of(min, min + width));
    }

    private record PhaseRanges(IntRange initial, IntRange middle, IntRange termination) {
        PhaseRanges {
            if (initial.max() + middle.max() + termination.max() == 0) {
                middle = IntRange.of(middle.min(), 1);
            }
        }

        int minSum() {
            return initial.min() + middle.min() + termination.min();
        }

        int maxSum() {
            return initial.max() + middle.max() + termination.max();
        }
    }

    private record CommonPlan(String id, String name, List<ProblemArea> areas, int maxFocalKey, List<Duration> lengths,
            Optional<IntRange> groupSize, SickRoleKind sickRole, int meetings) {
    }

    // ---------------------------------------------------------------- instruments

    private static Arbitrary<Instrument> customInstruments() {
        Arbitrary<List<Integer>> itemMaxima = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.<Integer>of())),
                Tuple.of(3, Arbitraries.integers().between(1, 4).list().ofMinSize(1).ofMaxSize(25)));
        Arbitrary<ThresholdPlan> thresholds = Combinators.combine(KEY, KEY.optional(0.7), KEY.optional(0.5),
                KEY.list().ofMaxSize(3)).as(ThresholdPlan::new);
        return Combinators.combine(IptArbitraries.idTokens(), IptArbitraries.displayNames(), itemMaxima,
                Arbitraries.integers().between(1, 100), BAND_PLANS, thresholds)
                .as((code, name, items, totalsMax, bands, plan) -> {
                    int max = items.isEmpty() ? totalsMax : items.stream().mapToInt(Integer::intValue).sum();
                    int remission = plan.remissionKey() % max;
                    Instrument.Builder b = Instrument.builder()
                            .code(code)
                            .name(name)
                            .maxScore(max)
                            .itemMaxima(items)
                            .bands(bands.cover(max))
                            .remissionMax(remission);
                    // unset, the depressed range starts just above the remission threshold
                    plan.depressedKey().ifPresent(k -> b.depressedMin(remission + 1 + k % (max - remission)));
                    if (!items.isEmpty()) {
                        plan.suicidalityKey().ifPresent(k -> b.suicidalityItem(1 + k % items.size()));
                    }
                    List<Reference> works = Bibliography.all();
                    plan.referenceKeys().stream().map(k -> works.get(k % works.size())).distinct()
                            .forEach(b::addReferences);
                    return b.build();
                });
    }

    /** The choices behind an instrument's thresholds, suicidality item and references. */
    private record ThresholdPlan(int remissionKey, Optional<Integer> depressedKey, Optional<Integer> suicidalityKey,
            List<Integer> referenceKeys) {
    }

    /**
     * The choices behind a list of severity bands: how many boundaries, the order in which
     * severities are taken, and where the boundaries fall.
     */
    record BandPlan(int countKey, List<Severity> order, List<Integer> cutKeys) {

        /** The bands covering {@code 0..max}, from 1 to 5 of them, with rising severities. */
        List<SeverityBand> cover(int max) {
            int wanted = countKey % Math.min(Severity.values().length, max + 1);
            TreeSet<Integer> cuts = new TreeSet<>();
            for (int i = 0; i < wanted; i++) {
                cuts.add(1 + cutKeys.get(i) % max);
            }
            List<Severity> severities = order.subList(0, cuts.size() + 1).stream()
                    .sorted(Comparator.naturalOrder()).toList();
            List<SeverityBand> bands = new ArrayList<>(severities.size());
            int from = 0;
            int i = 0;
            for (int cut : cuts) {
                bands.add(SeverityBand.of(severities.get(i++), from, cut - 1));
                from = cut;
            }
            bands.add(SeverityBand.of(severities.get(i), from, max));
            return List.copyOf(bands);
        }
    }

    // ---------------------------------------------------------------- measurements

    /** Where a score lies in its range. */
    enum ScoreKind {
        LOWEST, HIGHEST, ANY
    }

    /**
     * The choices behind a measurement: the lowest or highest score or any score drawn from the
     * key, with or without item responses (when the instrument has items).
     */
    record MeasurementPlan(ScoreKind kind, boolean itemised, long key) {

        Measurement on(Instrument instrument) {
            SplittableRandom random = new SplittableRandom(key);
            if (itemised && instrument.itemCount() > 0) {
                List<Integer> items = new ArrayList<>(instrument.itemCount());
                for (int max : instrument.itemMaxima()) {
                    items.add(kind == ScoreKind.LOWEST ? 0 : kind == ScoreKind.HIGHEST ? max : random.nextInt(max + 1));
                }
                return Measurement.builder()
                        .instrument(instrument)
                        .items(items)
                        .total(items.stream().mapToInt(Integer::intValue).sum())
                        .build();
            }
            int max = instrument.maxScore();
            return Measurement.of(instrument, kind == ScoreKind.LOWEST ? 0 : kind == ScoreKind.HIGHEST ? max
                    : random.nextInt(max + 1));
        }
    }
}
