package org.iptmodel.json;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.core.ranking.RankingRule;

/**
 * The serialized form of {@link IptJson} and {@link JsonLimits}: their settings, in
 * JDK-serializable form. {@link #readResolve()} builds them again through the public methods,
 * which check every setting, so a stream that was tampered with yields a valid instance or an
 * {@link InvalidObjectException}. Registered ranking rules are written as a
 * {@link RankingPolicy} holding them, serialized as ipt-core serializes policies: a built-in rule
 * by name, a rule of {@code KeyedRankingRule.of} by its parts and key function, any other rule as
 * itself; a rule that cannot be serialized fails with a {@code NotSerializableException} naming it.
 */
final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    static final int IPT_JSON = 1;
    static final int LIMITS = 2;
    /** The name of the policy that carries the registered rules; an identifier, as a policy's name must be. */
    static final String RULES = "IptJson.rankingRules";

    /** @serial the kind of value, one of the constants of this class */
    private final int kind;
    /** @serial the settings, in the order of the factory method here */
    private final Object[] parts;

    private SerialForm(int kind, Object... parts) {
        this.kind = kind;
        this.parts = parts;
    }

    static SerialForm of(boolean lenient, JsonLimits limits, boolean pretty, List<RankingRule> rules) {
        RankingPolicy policy = rules.isEmpty() ? null : RankingPolicy.builder().name(RULES).addAll(rules).build();
        return new SerialForm(IPT_JSON, lenient, limits, pretty, policy);
    }

    static SerialForm of(JsonLimits l) {
        return new SerialForm(LIMITS, l.maxDocumentLength(), l.maxNestingDepth(), l.maxStringLength(),
                l.maxSessions(), l.maxIssues(), l.maxPeople(), l.maxArrayItems());
    }

    /**
     * Builds the instance again through the public methods.
     *
     * @return the instance, valid
     * @throws InvalidObjectException if the settings are not valid; the cause says why
     */
    private Object readResolve() throws ObjectStreamException {
        try {
            switch (kind) {
                case IPT_JSON:
                    count(4);
                    RankingPolicy policy = part(3, RankingPolicy.class, true);
                    List<RankingRule> rules = policy == null ? List.of() : new ArrayList<>(policy.rules());
                    return IptJson.of(part(0, Boolean.class, false), part(1, JsonLimits.class, false),
                            part(2, Boolean.class, false), rules);
                case LIMITS:
                    count(7);
                    JsonLimits limits = JsonLimits.defaults()
                            .withMaxDocumentLength(part(0, Long.class, false))
                            .withMaxNestingDepth(part(1, Integer.class, false))
                            .withMaxStringLength(part(2, Integer.class, false))
                            .withMaxSessions(part(3, Integer.class, false))
                            .withMaxIssues(part(4, Integer.class, false))
                            .withMaxPeople(part(5, Integer.class, false))
                            .withMaxArrayItems(part(6, Integer.class, false));
                    return limits.equals(JsonLimits.defaults()) ? JsonLimits.defaults() : limits;
                default:
                    throw new InvalidObjectException("unknown kind of value " + kind);
            }
        } catch (RuntimeException e) {
            InvalidObjectException invalid = new InvalidObjectException("ipt-json SerialForm of kind " + kind
                    + " does not make a valid value: " + e.getClass().getSimpleName());
            invalid.initCause(e);
            throw invalid;
        }
    }

    private void count(int expected) throws InvalidObjectException {
        if (parts == null || parts.length != expected) {
            throw new InvalidObjectException("ipt-json SerialForm of kind " + kind + " must have " + expected
                    + " parts");
        }
    }

    private <T> T part(int i, Class<T> type, boolean nullable) throws InvalidObjectException {
        Object value = parts[i];
        if (value == null ? !nullable : !type.isInstance(value)) {
            throw new InvalidObjectException("ipt-json SerialForm of kind " + kind + ": part " + i + " must be a "
                    + type.getSimpleName());
        }
        return type.cast(value);
    }
}
