package org.iptmodel.core.report;

import static org.iptmodel.core.internal.SerialParts.list;

import java.io.InvalidObjectException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iptmodel.core.Instrument;
import org.iptmodel.core.SeverityBand;
import org.iptmodel.core.TreatmentKind;
import org.iptmodel.core.internal.SerialForm;
import org.iptmodel.core.internal.SerialParts;

/**
 * The serialized form of the reports, criteria and started treatments of this package: the
 * value's kind and its parts in JDK-serializable form (absent values are null, lists and maps are
 * {@link ArrayList}s). {@link #readResolve()} rebuilds the value through the public factories
 * ({@link AdherenceReport#of(List, List, List)}, {@link OutcomeReport#recorded} with each
 * {@link InstrumentOutcome#recorded}, which take the recorded severities and classes, the {@code with*} methods of
 * {@link OutcomeCriteria}, the constructor of {@link StartedTreatment}), so every invariant is
 * checked again and a stream that was tampered with never yields an invalid value: it fails with
 * an {@link InvalidObjectException}. The criteria equal to the defaults are read back as
 * {@link OutcomeCriteria#defaults()}.
 */
final class SerialProxy extends SerialForm {
    private static final long serialVersionUID = 1L;

    static final int ADHERENCE = 1;
    static final int OUTCOMES = 2;
    static final int CRITERIA = 3;
    static final int STARTED_TREATMENT = 4;

    private SerialProxy(int kind, Object... parts) {
        super(kind, parts);
    }

    static SerialProxy of(AdherenceReport r) {
        return new SerialProxy(ADHERENCE, list(r.safetyFlags()), list(r.safetyNotices()), list(r.deviations()));
    }

    static SerialProxy of(OutcomeReport r) {
        ArrayList<Instrument> instruments = new ArrayList<>();
        ArrayList<ArrayList<ScorePoint>> points = new ArrayList<>();
        // each outcome's class as a list of none or one, the form SerialParts.lists reads
        ArrayList<ArrayList<ResponseClass>> classes = new ArrayList<>();
        for (InstrumentOutcome outcome : r.outcomes()) {
            instruments.add(outcome.instrument());
            points.add(list(outcome.points()));
            classes.add(list(outcome.responseClass().stream().toList()));
        }
        return new SerialProxy(OUTCOMES, r.criteria(), list(r.safetyFlags()), list(r.safetyNotices()),
                list(r.concurrentTreatments()), instruments, points, classes);
    }

    /** The form of criteria: the three percentages, then each map as a list of keys and one of values. */
    static SerialProxy criteria(int responseReduction, int partialResponseReduction, int worseningIncrease,
            Map<Instrument, Integer> remissionMax, Map<Instrument, Integer> depressedMin,
            Map<Instrument, List<SeverityBand>> bands) {
        ArrayList<ArrayList<SeverityBand>> schemes = new ArrayList<>();
        bands.values().forEach(scheme -> schemes.add(list(scheme)));
        return new SerialProxy(CRITERIA, responseReduction, partialResponseReduction, worseningIncrease,
                list(remissionMax.keySet()), list(remissionMax.values()), list(depressedMin.keySet()),
                list(depressedMin.values()), list(bands.keySet()), schemes);
    }

    static SerialProxy of(StartedTreatment t) {
        return new SerialProxy(STARTED_TREATMENT, t.kind(), t.codeSystem().orElse(null), t.code().orElse(null),
                t.started());
    }


    @Override
    protected Object resolve(int kind, SerialParts p) throws InvalidObjectException {
        switch (kind) {
            case ADHERENCE:
                p.count(3);
                return AdherenceReport.of(p.list(0, SafetyFlag.class), p.list(1, SafetyNotice.class),
                        p.list(2, Deviation.class));
            case OUTCOMES:
                return outcomes(p);
            case CRITERIA:
                return criteria(p);
            case STARTED_TREATMENT:
                p.count(4);
                return new StartedTreatment(p.get(0, TreatmentKind.class), p.optional(1, String.class),
                        p.optional(2, String.class), p.get(3, LocalDate.class));
            default:
                throw new InvalidObjectException("unknown kind of value " + kind);
        }
    }

    private static OutcomeReport outcomes(SerialParts p) throws InvalidObjectException {
        p.count(7);
        OutcomeCriteria criteria = p.get(0, OutcomeCriteria.class);
        List<Instrument> instruments = p.list(4, Instrument.class);
        List<List<ScorePoint>> points = p.lists(5, ScorePoint.class);
        List<List<ResponseClass>> classes = p.lists(6, ResponseClass.class);
        if (points.size() != instruments.size() || classes.size() != instruments.size()
                || classes.stream().anyMatch(c -> c.size() > 1)) {
            throw new InvalidObjectException("an outcome report needs the scores and class of each instrument");
        }
        List<InstrumentOutcome> outcomes = new ArrayList<>(instruments.size());
        for (int i = 0; i < instruments.size(); i++) {
            outcomes.add(InstrumentOutcome.recorded(instruments.get(i), points.get(i),
                    classes.get(i).stream().findFirst()));
        }
        return OutcomeReport.recorded(criteria, p.list(1, SafetyFlag.class), p.list(2, SafetyNotice.class),
                p.list(3, StartedTreatment.class), outcomes);
    }

    /**
     * Sets the criteria again through their {@code with*} methods, each in an order that every
     * valid value allows: the partial response before the response if it is not above the current
     * response, a remission threshold before the depressed range if it is below the current one.
     */
    private static OutcomeCriteria criteria(SerialParts p) throws InvalidObjectException {
        p.count(9);
        int response = p.integer(0);
        int partial = p.integer(1);
        OutcomeCriteria c = OutcomeCriteria.defaults();
        c = partial <= c.responseReduction()
                ? c.withPartialResponseReduction(partial).withResponseReduction(response)
                : c.withResponseReduction(response).withPartialResponseReduction(partial);
        c = c.withWorseningIncrease(p.integer(2));
        Map<Instrument, Integer> remission = map(p, 3, 4, Integer.class);
        Map<Instrument, Integer> depressed = map(p, 5, 6, Integer.class);
        Set<Instrument> instruments = new LinkedHashSet<>(remission.keySet());
        instruments.addAll(depressed.keySet());
        for (Instrument instrument : instruments) {
            int r = remission.getOrDefault(instrument, c.remissionMax(instrument));
            int d = depressed.getOrDefault(instrument, c.depressedMin(instrument));
            c = r < c.depressedMin(instrument)
                    ? c.withRemissionMax(instrument, r).withDepressedMin(instrument, d)
                    : c.withDepressedMin(instrument, d).withRemissionMax(instrument, r);
        }
        List<Instrument> bandKeys = p.list(7, Instrument.class);
        List<List<SeverityBand>> schemes = p.lists(8, SeverityBand.class);
        if (schemes.size() != bandKeys.size()) {
            throw new InvalidObjectException("criteria need a scheme of bands for each instrument");
        }
        for (int i = 0; i < bandKeys.size(); i++) {
            c = c.withBands(bandKeys.get(i), schemes.get(i));
        }
        return c.equals(OutcomeCriteria.defaults()) ? OutcomeCriteria.defaults() : c;
    }

    private static <V> Map<Instrument, V> map(SerialParts p, int keys, int values, Class<V> type)
            throws InvalidObjectException {
        List<Instrument> k = p.list(keys, Instrument.class);
        List<V> v = p.list(values, type);
        if (k.size() != v.size()) {
            throw new InvalidObjectException("criteria need a value for each instrument");
        }
        Map<Instrument, V> map = new LinkedHashMap<>();
        for (int i = 0; i < k.size(); i++) {
            map.put(k.get(i), v.get(i));
        }
        return map;
    }
}
