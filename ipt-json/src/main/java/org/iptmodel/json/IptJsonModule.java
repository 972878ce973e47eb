package org.iptmodel.json;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.iptmodel.core.ranking.RankingRule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module that reads and writes the documents of the iptmodel format inside a
 * {@code JsonMapper} of your own, for example in a web framework.
 *
 * <p>It registers a serializer and a deserializer for every document type ({@code Course},
 * {@code Protocol}, {@code Ranking}, {@code Schedule}, {@code AdherenceReport},
 * {@code OutcomeReport}), written exactly as {@link IptJson} writes them, header included, and read
 * with the same rules, so a {@code Course} field of your own class holds a full course document;
 * and for every other value type of the model (ids, sessions, measurements, instruments, issues,
 * the inventory, contracts, ranking policies and flags, planned sessions, report entries, criteria,
 * enums, bibliography references), written and read as inside a document, so a model value
 * anywhere in your object graph is in the iptmodel format. The public types that are no value of
 * the format (a ranked issue and its {@code RankingReason}, a {@code Verification} and its
 * discrepancies, a focus selection, a schedule comparison, an instrument's outcome, the focus
 * selector, the planner) are refused with an {@code InvalidDefinitionException}, never
 * written as a bean. Errors are {@link IptJsonException}s whose pointers are relative to the root of the
 * JSON being read. The mapper's own {@code StreamReadConstraints} bound document length and
 * nesting; the module enforces the string and item {@link JsonLimits}. A {@code Ranking} whose
 * policy holds rules of the application's own is read with those rules by a module given them
 * ({@link #withRankingRules(RankingRule...)}), else with placeholders of their names.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *         .addModule(new IptJsonModule())            // or .findAndAddModules()
 *         .build();
 * Course course = mapper.readValue(json, Course.class);
 * }</pre>
 *
 * <p>The module is found by {@code JsonMapper.builder().findAndAddModules()} both on the module
 * path ({@code provides tools.jackson.databind.JacksonModule}) and on the class path
 * ({@code META-INF/services/tools.jackson.databind.JacksonModule}); found that way it is strict
 * with the default limits. A module you configure ({@code withLenient}, {@code withLimits},
 * {@code withRankingRules}) always governs: a module with the default settings, found by
 * {@code findAndAddModules()} before or after yours, stands aside; of two configured modules, the
 * one added later replaces the earlier.
 *
 * <p>Strictness is the module's own: the mapper's
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} does not apply inside model values, so
 * turning it off does not make a strict module lenient (use {@link #withLenient(boolean)}); nor
 * does turning it on make a lenient module strict.
 *
 * <p>An {@link IptJson} is a front over a mapper holding one such module, which holds its whole
 * configuration; {@link IptJson#toModule()} returns it, so a mapper of your own holding it reads
 * and writes documents as that {@code IptJson} does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IptJsonModule extends JacksonModule {
    private static final Version VERSION = ModuleVersion.VERSION;

    private final boolean lenient;
    private final JsonLimits limits;
    private final RegisteredRules rules;

    /**
     * Creates a strict module with the default limits and no ranking rules of the application's
     * own.
     *
     * @throws IllegalStateException if the jackson-annotations on the class path is older than
     *         Jackson needs: 2.22 or later (see {@link IptJson}); the message names the jar found
     */
    public IptJsonModule() {
        this(false, JsonLimits.defaults(), RegisteredRules.NONE);
    }

    IptJsonModule(boolean lenient, JsonLimits limits, RegisteredRules rules) {
        JacksonAnnotations.require();
        this.lenient = lenient;
        this.limits = limits;
        this.rules = rules;
    }

    /**
     * Returns a copy that reads leniently or strictly (see {@link IptJson}).
     *
     * @param lenient true for lenient reading
     * @return the new module, not null
     */
    public IptJsonModule withLenient(boolean lenient) {
        return new IptJsonModule(lenient, limits, rules);
    }

    /**
     * Returns a copy with the given limits.
     *
     * @param limits the limits, not null
     * @return the new module, not null
     */
    public IptJsonModule withLimits(JsonLimits limits) {
        return new IptJsonModule(lenient, Objects.requireNonNull(limits, "limits"), rules);
    }

    /**
     * Returns a copy whose deserializer of {@code Ranking} knows the given rules of the
     * application's own by name, besides the built-in rules; they replace the rules given before,
     * and none clears them. Rules are found as by
     * {@link IptJson#withRankingRules(RankingRule...)}: built-in rules first, then these.
     *
     * <pre>{@code
     * JsonMapper mapper = JsonMapper.builder()
     *         .addModule(new IptJsonModule().withRankingRules(fewerPeople))
     *         .build();
     * Ranking ranking = mapper.readValue(json, Ranking.class);
     * }</pre>
     *
     * @param rules the rules, not null, without null elements; possibly none
     * @return the new module, not null
     * @throws IllegalArgumentException if a rule has the name of a built-in rule (including
     *         {@code issue-id}, the tie-break), or the name of an earlier rule given here
     * @throws IllegalArgumentException if a rule breaks the contract of {@link RankingRule}: its
     *         name is not an identifier, or its description or source is blank
     */
    public IptJsonModule withRankingRules(RankingRule... rules) {
        Objects.requireNonNull(rules, "rules");
        return withRankingRules(Arrays.asList(rules));
    }

    /**
     * Returns a copy whose deserializer of {@code Ranking} knows the given rules of the
     * application's own by name, in the order given; otherwise as
     * {@link #withRankingRules(RankingRule...)}.
     *
     * @param rules the rules, not null, without null elements; possibly empty
     * @return the new module, not null
     * @throws IllegalArgumentException if a rule has the name of a built-in rule (including
     *         {@code issue-id}, the tie-break), or the name of an earlier rule in the collection
     * @throws IllegalArgumentException if a rule breaks the contract of {@link RankingRule}: its
     *         name is not an identifier, or its description or source is blank
     */
    public IptJsonModule withRankingRules(Collection<? extends RankingRule> rules) {
        return new IptJsonModule(lenient, limits, RegisteredRules.of(rules));
    }

    /**
     * Returns the rules of the application's own that the module's deserializer of
     * {@code Ranking} knows by name, besides the built-in rules.
     *
     * @return the rules, in the order given, unmodifiable, empty if none; not null
     */
    public List<RankingRule> rankingRules() {
        return rules.rules();
    }

    /**
     * Checks whether the module reads leniently.
     *
     * @return true if lenient, false if strict
     */
    public boolean isLenient() {
        return lenient;
    }

    /**
     * Returns the limits the module reads with.
     *
     * @return the limits, not null
     */
    public JsonLimits limits() {
        return limits;
    }

    /** The rules of the application's own, as registered. */
    RegisteredRules registeredRules() {
        return rules;
    }

    /**
     * Returns a new mapper holding this module and nothing else, whose parsers enforce the
     * module's document length, nesting depth and string length limits, and which neither closes
     * the streams it reads or writes: the one mapper of an {@link IptJson}.
     */
    JsonMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
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
        return JsonMapper.builder(factory).addModule(this).build();
    }

    /**
     * Returns the module's name, {@code "iptmodel-json"}.
     *
     * @return the name, not null
     */
    @Override
    public String getModuleName() {
        return "iptmodel-json";
    }

    /**
     * Returns the version of this module's artifact.
     *
     * @return the version, not null
     */
    @Override
    public Version version() {
        return VERSION;
    }

    /**
     * Registers the serializers of every document type and the deserializers of every document
     * type that can be read back.
     *
     * @param context the mapper's setup context, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        if (isDefault() && context.getOwner() instanceof MapperBuilder<?, ?> builder && hasConfigured(builder)) {
            return;
        }
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Document<?> document : Documents.ALL) {
            register(document, serializers, deserializers);
        }
        for (ModelTypes.Binding<?> binding : ModelTypes.VALUES) {
            register(binding, serializers, deserializers);
        }
        for (Class<?> type : ModelTypes.REFUSED) {
            refuse(type, serializers, deserializers);
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    /** Whether this module has every default setting, as {@code findAndAddModules()} makes it. */
    private boolean isDefault() {
        return !lenient && limits.equals(JsonLimits.defaults())
                && rules == RegisteredRules.NONE;
    }

    /** Whether the mapper being built also holds an {@code IptJsonModule} configured by the application. */
    private static boolean hasConfigured(MapperBuilder<?, ?> builder) {
        boolean[] configured = {false};
        builder.withModules(m -> configured[0] |= m instanceof IptJsonModule other && !other.isDefault());
        return configured[0];
    }

    /**
     * Returns the id under which a mapper registers this module: one for a module with the default
     * settings and another for a configured one, so that a default module found by
     * {@code findAndAddModules()} never replaces one the application configured.
     *
     * @return the registration id, not null
     */
    @Override
    public Object getRegistrationId() {
        return isDefault() ? IptJsonModule.class.getName() + "#default" : IptJsonModule.class.getName();
    }

    private static <T> void refuse(Class<T> type, SimpleSerializers serializers, SimpleDeserializers deserializers) {
        Refusing<T> refusing = new Refusing<>(type);
        serializers.addSerializer(type, refusing);
        deserializers.addDeserializer(type, refusing.reader());
    }

    private <T> void register(ModelTypes.Binding<T> binding, SimpleSerializers serializers,
            SimpleDeserializers deserializers) {
        ValueFormat<T> format = binding.format();
        serializers.addSerializer(binding.type(), new Writer<>(binding.type(), format::write));
        deserializers.addDeserializer(binding.type(), new Reader<>(binding.type(), r -> format.read(r, false), this));
    }

    private <T> void register(Document<T> document, SimpleSerializers serializers,
            SimpleDeserializers deserializers) {
        serializers.addSerializer(document.type(), new Writer<>(document.type(), document::write));
        deserializers.addDeserializer(document.type(), new Reader<>(document.type(), document::read, this));
    }

    /**
     * Returns a description of the module and its configuration.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "IptJsonModule[" + (lenient ? "lenient" : "strict") + ", " + limits
                + (rules == RegisteredRules.NONE ? "" : ", rules=" + rules) + "]";
    }

    /** Writes a document or a model value in the format, as inside a document. */
    private static final class Writer<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final java.util.function.BiConsumer<JsonGenerator, T> write;

        Writer(Class<T> type, java.util.function.BiConsumer<JsonGenerator, T> write) {
            this.type = type;
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext context) {
            write.accept(g, value);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /**
     * Reads a document or a model value from the mapper's parser with the module's rules; pointers
     * inside the value hold names of the format only, after the path of the application's JSON.
     */
    private static final class Reader<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final java.util.function.Function<Reading, Object> read;
        private final IptJsonModule module;

        Reader(Class<T> type, java.util.function.Function<Reading, Object> read, IptJsonModule module) {
            this.type = type;
            this.read = read;
            this.module = module;
        }

        /**
         * Reads the value at the parser's current token; at the root of a parser that has not
         * started ({@link DocumentCodec} hands over its parser so), the first token is read as
         * part of the read, so that malformed or empty input is reported as any other problem.
         */
        @Override
        public T deserialize(JsonParser p, DeserializationContext context) {
            return type.cast(IptJsonModule.read(new Reading(p, module), read));
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /**
     * Refuses a public type of the model that is no value of the format, so that it is never
     * written as a bean (for example {@code {}}) nor read as one.
     */
    private static final class Refusing<T> extends ValueSerializer<T> {
        private final Class<T> type;

        Refusing(Class<T> type) {
            this.type = type;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext context) {
            context.reportBadDefinition(type, message(type));
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        ValueDeserializer<T> reader() {
            return new ValueDeserializer<>() {
                @Override
                public T deserialize(JsonParser p, DeserializationContext context) {
                    return context.reportBadDefinition(context.constructType(type), message(type));
                }

                @Override
                public Class<?> handledType() {
                    return type;
                }
            };
        }

        private static String message(Class<?> type) {
            return type.getSimpleName() + " has no JSON form in the iptmodel format; write the values it comes"
                    + " from (for example the Ranking, the Schedule or the OutcomeReport)";
        }
    }

    /**
     * Runs a read, turns every problem it meets into the module's exception, and returns the
     * value read. A parser that has not started is moved to its first token first.
     */
    private static Object read(Reading r, java.util.function.Function<Reading, Object> reading) {
        Object value;
        try {
            if (r.parser.currentToken() == null) {
                r.parser.nextToken();
            }
            value = reading.apply(r);
        } catch (Reading.Abort abort) {
            value = Reading.FAILED;
        } catch (IptJsonException e) {
            throw e;
        } catch (JacksonException e) {
            try {
                r.jackson(e);
            } catch (Reading.Abort full) {
                // the problem list is full
            }
            value = Reading.FAILED;
        }
        if (r.hasProblems() || value == Reading.FAILED || value == Reading.ABSENT) {
            throw r.exception();
        }
        return value;
    }
}
