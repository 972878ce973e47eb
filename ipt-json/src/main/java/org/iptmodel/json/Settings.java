package org.iptmodel.json;

import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The configuration of an {@link IptJson}, with the Jackson factory built for it. Immutable and
 * thread-safe (Jackson factories are).
 */
final class Settings {
    final boolean lenient;
    final JsonLimits limits;
    final boolean pretty;
    /** The rules of the application's own that ranking documents may name. */
    final RegisteredRules rules;
    final JsonFactory factory;

    Settings(boolean lenient, JsonLimits limits, boolean pretty) {
        this(lenient, limits, pretty, RegisteredRules.NONE);
    }

    Settings(boolean lenient, JsonLimits limits, boolean pretty, RegisteredRules rules) {
        this.lenient = lenient;
        this.limits = limits;
        this.pretty = pretty;
        this.rules = rules;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(JsonLimits.MAX_NUMBER_LENGTH)
                        .maxNameLength(JsonLimits.MAX_NAME_LENGTH)
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    Settings withLenient(boolean value) {
        return new Settings(value, limits, pretty, rules);
    }

    Settings withLimits(JsonLimits value) {
        return new Settings(lenient, value, pretty, rules);
    }

    Settings withPretty(boolean value) {
        return new Settings(lenient, limits, value, rules);
    }

    Settings withRules(RegisteredRules value) {
        return new Settings(lenient, limits, pretty, value);
    }

    /** The write context of single documents: pretty or compact. */
    ObjectWriteContext documentContext() {
        return pretty ? Pretty.INSTANCE : Compact.INSTANCE;
    }

    /** The write context of newline-delimited streams: compact, no separator between documents. */
    ObjectWriteContext linesContext() {
        return Compact.INSTANCE;
    }

    private static class Compact extends ObjectWriteContext.Base {
        static final Compact INSTANCE = new Compact();

        @Override
        public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
            return null;
        }
    }

    private static final class Pretty extends Compact {
        static final Pretty INSTANCE = new Pretty();

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new IptPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
