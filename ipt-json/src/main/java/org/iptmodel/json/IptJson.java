package org.iptmodel.json;

import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.ranking.RankingRule;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the documents of the iptmodel JSON format, for programs that never touch
 * Jackson.
 *
 * <p>Each document type has a {@link DocumentCodec}: {@link #course()} for courses,
 * {@link #protocol()} for protocols, {@link #ranking()} for rankings of a course's issues,
 * {@link #schedule()} for planned schedules, {@link #adherence()} and {@link #outcomes()} for the
 * reports on a course. Documents carry
 * their type and format version
 * ({@code "schema": "iptmodel/course", "version": 1}); FORMAT.md in this module describes the
 * format, and {@link DocumentCodec#schema()} returns its JSON Schema.
 *
 * <pre>{@code
 * IptJson json = IptJson.strict();
 * String text = json.course().write(course);
 * Course back = json.course().read(text);             // equals course
 *
 * try (Stream<Course> dataset = json.course().readLines(Path.of("courses.ndjson"))) {
 *     dataset.forEach(this::analyse);
 * }
 * }</pre>
 *
 * <p>A {@link #strict()} reader (the default) rejects unknown properties, duplicate properties,
 * trailing content, nulls, wrong types, unknown enum spellings and versions newer than
 * {@link FormatVersion#CURRENT}. A {@link #lenient()} reader, meant for documents written by a
 * newer version of this library, ignores unknown properties and newer versions, reads null as
 * absent for optional properties, and drops unknown enum spellings where a value may be absent (an
 * optional property, an element of an array); every other rule still holds, and every value read
 * is valid. Readers enforce {@link JsonLimits}.
 *
 * <p>An instance is a front over one Jackson {@code JsonMapper} holding one {@link IptJsonModule},
 * which holds its configuration (leniency, limits, registered ranking rules) and is returned by
 * {@link #toModule()}; the instance adds only pretty printing. Its codecs read and write through
 * that mapper with the module's deserializers and serializers, so a mapper of your own holding
 * {@code toModule()} writes the same bytes and refuses a document with the same problems
 * (see {@link #toModule()} for the few things only the facade knows). The {@code with*} methods
 * derive a new module and mapper.
 *
 * <p>This class is immutable and thread-safe; instances are meant to be created once and shared.
 * It is {@link Serializable}, for data engines that ship it to their workers: it is written as its
 * settings (leniency, limits, pretty printing, registered ranking rules, which must then be
 * serializable) and read back through {@link #strict()} and the {@code with*} methods, which build
 * its mapper again.
 *
 * <h2>Dependencies</h2>
 * Jackson 3 uses the annotations of Jackson 2, {@code com.fasterxml.jackson.core:jackson-annotations};
 * Jackson 3.3 needs version 2.22 or later (its BOM brings 2.23). {@link #strict()},
 * {@link #lenient()} and {@link IptJsonModule#IptJsonModule()} check it and throw an
 * {@link IllegalStateException} that names the jar found and the version needed when an older
 * one comes first on the class path, as when Maven's nearest-wins resolution picks the version
 * another dependency (such as Spark) brings; declare {@code jackson-annotations} 2.23 as a direct
 * dependency then.
 */
public final class IptJson implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No field is serialized: the serialized form is a {@code SerialForm} ({@link #writeReplace()}). */
    private static final ObjectStreamField[] serialPersistentFields = {};

    /** The configuration (leniency, limits, registered ranking rules), the same that {@link #toModule()} gives. */
    private final IptJsonModule module;
    private final boolean pretty;
    /** The one mapper every codec reads and writes through: it holds {@link #module} and nothing else. */
    private final JsonMapper mapper;
    private final DocumentCodec<Course> course;
    private final DocumentCodec<Protocol> protocol;
    private final DocumentCodec<Ranking> ranking;
    private final DocumentCodec<Schedule> schedule;
    private final DocumentCodec<AdherenceReport> adherence;
    private final DocumentCodec<OutcomeReport> outcomes;

    private IptJson(IptJsonModule module, boolean pretty) {
        this.module = module;
        this.pretty = pretty;
        this.mapper = module.newMapper();
        this.course = codec(Documents.COURSE);
        this.protocol = codec(Documents.PROTOCOL);
        this.ranking = codec(Documents.RANKING);
        this.schedule = codec(Documents.SCHEDULE);
        this.adherence = codec(Documents.ADHERENCE);
        this.outcomes = codec(Documents.OUTCOMES);
    }

    /** The two shared instances, made when first asked for, after the check of the dependencies. */
    private static final class Shared {
        static final IptJson STRICT = new IptJson(new IptJsonModule(), false);
        static final IptJson LENIENT = STRICT.withLenient(true);
    }

    /**
     * Returns a strict reader and compact writer with the default limits.
     *
     * @return the instance, not null
     * @throws IllegalStateException if the jackson-annotations on the class path is older than
     *         Jackson needs (see the class documentation)
     */
    public static IptJson strict() {
        JacksonAnnotations.require();
        return Shared.STRICT;
    }

    /**
     * Returns a lenient reader and compact writer with the default limits.
     *
     * @return the instance, not null
     * @throws IllegalStateException if the jackson-annotations on the class path is older than
     *         Jackson needs (see the class documentation)
     */
    public static IptJson lenient() {
        JacksonAnnotations.require();
        return Shared.LENIENT;
    }

    /**
     * Returns a copy that reads leniently or strictly.
     *
     * @param lenient true for lenient reading
     * @return the new instance, not null
     */
    public IptJson withLenient(boolean lenient) {
        return new IptJson(module.withLenient(lenient), pretty);
    }

    /**
     * Returns a copy with the given limits.
     *
     * @param limits the limits, not null
     * @return the new instance, not null
     */
    public IptJson withLimits(JsonLimits limits) {
        return new IptJson(module.withLimits(limits), pretty);
    }

    /**
     * Returns a copy that writes pretty-printed or compact documents.
     *
     * <p>Pretty documents indent by two spaces, put each property on its own line, keep arrays of
     * scalars on one line, use {@code \n} line ends on every platform and end with {@code \n}.
     * Compact documents have no whitespace at all. Both are deterministic. Newline-delimited
     * streams are always compact.
     *
     * @param pretty true for pretty printing
     * @return the new instance, not null
     */
    public IptJson withPrettyPrinting(boolean pretty) {
        return new IptJson(module, pretty);
    }

    /**
     * Returns a copy whose readers of ranking documents know the given rules of the application's
     * own by name, besides the built-in rules; they replace the rules given before, and none
     * clears them.
     *
     * <p>A ranking document names its policy's rules and is read as the record it is
     * ({@link #ranking()}, {@link org.iptmodel.core.ranking.Ranking#of}), never ranked again. A
     * reader finds each name among the built-in rules
     * ({@link org.iptmodel.core.ranking.RankingRules}) first, then among these, and reads any other
     * name as a placeholder ({@link org.iptmodel.core.ranking.RankingRules#placeholder}), which
     * cannot rank. Give the very instances the policy holds: a rule equals only itself, so the
     * ranking read equals the one written only if its policy holds the same instances; whether a
     * rule of the same name ranks the same is {@link org.iptmodel.core.ranking.Ranking#verify}'s
     * question. Writing does not depend on the registered rules.
     *
     * <pre>{@code
     * KeyedRankingRule fewerPeople = KeyedRankingRule.of("fewer-people",
     *         "Issues involving fewer people first.", "clinic guideline 4.3",
     *         (issue, context) -> issue.people().size());
     * RankingPolicy policy = RankingPolicy.builder().name("clinic-b")
     *         .add(RankingRules.DEFICITS_BY_EXCLUSION).add(fewerPeople).build();
     *
     * IptJson json = IptJson.strict().withRankingRules(fewerPeople);
     * String text = json.ranking().write(policy.rank(course));
     * Ranking back = json.ranking().read(text);   // equals policy.rank(course)
     * }</pre>
     *
     * @param rules the rules, not null, without null elements; possibly none
     * @return the new instance, not null
     * @throws IllegalArgumentException if a rule has the name of a built-in rule (including
     *         {@code issue-id}, the tie-break), or the name of an earlier rule given here
     * @throws IllegalArgumentException if a rule breaks the contract of {@link RankingRule}: its
     *         name is not an identifier, or its description or source is blank
     */
    public IptJson withRankingRules(RankingRule... rules) {
        Objects.requireNonNull(rules, "rules");
        return withRankingRules(Arrays.asList(rules));
    }

    /**
     * Returns a copy whose readers of ranking documents know the given rules of the application's
     * own by name, in the order given, besides the built-in rules; otherwise as
     * {@link #withRankingRules(RankingRule...)}.
     *
     * @param rules the rules, not null, without null elements; possibly empty
     * @return the new instance, not null
     * @throws IllegalArgumentException if a rule has the name of a built-in rule (including
     *         {@code issue-id}, the tie-break), or the name of an earlier rule in the collection
     * @throws IllegalArgumentException if a rule breaks the contract of {@link RankingRule}: its
     *         name is not an identifier, or its description or source is blank
     */
    public IptJson withRankingRules(Collection<? extends RankingRule> rules) {
        return new IptJson(module.withRankingRules(rules), pretty);
    }

    /** Returns a codec of any document type that can be read, including those without an accessor yet. */
    <T> DocumentCodec<T> codec(Document<T> document) {
        return new DocumentCodec<>(document, module, mapper, pretty);
    }

    /**
     * Checks whether this instance reads leniently.
     *
     * @return true if lenient, false if strict
     */
    public boolean isLenient() {
        return module.isLenient();
    }

    /**
     * Returns the limits this instance reads with.
     *
     * @return the limits, not null
     */
    public JsonLimits limits() {
        return module.limits();
    }

    /**
     * Checks whether this instance writes pretty-printed documents.
     *
     * @return true if pretty, false if compact
     */
    public boolean isPrettyPrinting() {
        return pretty;
    }

    /**
     * Returns the rules of the application's own that this instance's readers of ranking documents
     * know by name, besides the built-in rules ({@link #withRankingRules(RankingRule...)}).
     *
     * @return the rules, in the order given, unmodifiable, empty if none; not null
     */
    public List<RankingRule> rankingRules() {
        return module.rankingRules();
    }

    /**
     * Returns the reader and writer of course documents ({@code "iptmodel/course"}): one
     * patient's course with everything it holds, its protocol included in full.
     *
     * @return the codec, not null
     */
    public DocumentCodec<Course> course() {
        return course;
    }

    /**
     * Returns the reader and writer of protocol documents ({@code "iptmodel/protocol"}), for
     * catalogues of custom protocols.
     *
     * @return the codec, not null
     */
    public DocumentCodec<Protocol> protocol() {
        return protocol;
    }

    /**
     * Returns the reader and writer of ranking documents ({@code "iptmodel/ranking"}): the issues of
     * a course in the order a {@link org.iptmodel.core.ranking.RankingPolicy} gives them, with its
     * context (protocol, inventory, episode onset), each issue's deciding rule and reason, and the
     * flags raised.
     *
     * <p>Reading takes the ranking as the record it is ({@link org.iptmodel.core.ranking.Ranking#of}),
     * checking its structure and never ranking again, so what is read equals what was written and a
     * ranking stored today reads after a rule changes; whether a policy still ranks the issues so is
     * {@link org.iptmodel.core.ranking.Ranking#verify}'s question. A policy's rules are found by name
     * among the built-in rules ({@link org.iptmodel.core.ranking.RankingRules}), then among the rules
     * registered with {@link #withRankingRules(RankingRule...)}; any other name is read as a
     * placeholder ({@link org.iptmodel.core.ranking.RankingRules#placeholder}), which keeps the
     * record and cannot rank.
     *
     * <pre>{@code
     * Ranking ranking = RankingPolicy.clinicalDefault().rank(course);
     * String json = IptJson.strict().ranking().write(ranking);
     * Ranking back = IptJson.strict().ranking().read(json);   // equals ranking
     * }</pre>
     *
     * @return the codec, not null
     */
    public DocumentCodec<Ranking> ranking() {
        return ranking;
    }

    /**
     * Returns the reader and writer of schedule documents ({@code "iptmodel/schedule"}): the
     * settings of a {@link org.iptmodel.core.plan.Planner} (protocol, start, cadence, session
     * counts, maintenance cadence, skipped dates) and the planned sessions and termination notice.
     *
     * <p>Reading takes the schedule as the record it is ({@link org.iptmodel.core.plan.Schedule#recorded}),
     * checking its structure and never planning again, so what is read equals what was written and
     * a schedule stored today reads after the planner changes;
     * {@link org.iptmodel.core.plan.Schedule#verify()} plans it again.
     *
     * @return the codec, not null
     */
    public DocumentCodec<Schedule> schedule() {
        return schedule;
    }

    /**
     * Returns the codec of adherence report documents ({@code "iptmodel/adherence"}): the safety
     * flags first, then the deviations from the protocol and the manuals.
     *
     * <p>A report is read through
     * {@link AdherenceReport#of(java.util.List, java.util.List, java.util.List)}, so its entries
     * (safety flags, safety notices, deviations) must be in the report's order, by the severities
     * the deviations record, and the {@code adherent} flag must agree with the deviations. Each
     * deviation's severity is read as recorded; {@link AdherenceReport#verify()} checks it against
     * its code's. A report holds no free text of the course.
     *
     * <pre>{@code
     * DocumentCodec<AdherenceReport> reports = IptJson.strict().adherence();
     * String json = reports.write(AdherenceReport.of(course));
     * AdherenceReport back = reports.read(json);   // equals AdherenceReport.of(course)
     * }</pre>
     *
     * @return the codec, not null
     */
    public DocumentCodec<AdherenceReport> adherence() {
        return adherence;
    }

    /**
     * Returns the codec of outcome report documents ({@code "iptmodel/outcomes"}): the criteria,
     * the safety flags and safety notices first, the treatments started during the course, then
     * each instrument's scores and response class.
     *
     * <p>A report is read through {@link OutcomeReport#recorded}: the criteria are the document's
     * thresholds with each outcome's remission threshold, depressed range and bands, and every
     * score's severity and every response class are read as recorded, not graded again;
     * {@link OutcomeReport#verify()} grades and classifies them again under the criteria.
     *
     * <pre>{@code
     * DocumentCodec<OutcomeReport> reports = IptJson.strict().outcomes();
     * OutcomeReport back = reports.read(reports.write(OutcomeReport.of(course)));
     * }</pre>
     *
     * @return the codec, not null
     */
    public DocumentCodec<OutcomeReport> outcomes() {
        return outcomes;
    }

    /**
     * Returns the Jackson module this instance reads and writes through, with its leniency, limits
     * and registered ranking rules, for a {@code JsonMapper} that reads and writes model values
     * inside other JSON.
     *
     * <p>This instance is a front over one mapper holding this very module, so a mapper of your
     * own holding it writes the same bytes for a document ({@code mapper.writeValueAsBytes(course)}
     * equals {@code json.course().writeBytes(course)} for a compact instance) and reads a document
     * with the same rules, refusing it with the same problems at the same pointers. Only what a
     * mapper cannot know differs: pretty printing is this instance's ({@link #withPrettyPrinting}),
     * the line and column of a problem found by the model's invariants is that of its object in a
     * mapper and that of its property here, and content after a document is refused by a mapper
     * only if {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS} is on (as by default), with
     * Jackson's exception.
     *
     * <pre>{@code
     * IptJson json = IptJson.lenient().withLimits(limits);
     * JsonMapper mapper = JsonMapper.builder().addModule(json.toModule()).build();
     * Course course = mapper.readValue(bytes, Course.class);   // as json.course().read(bytes)
     * }</pre>
     *
     * @return the module, not null
     */
    public IptJsonModule toModule() {
        return module;
    }

    /**
     * Replaces this instance in a serialization stream by its settings, which are read back
     * through {@link #strict()} and the {@code with*} methods; the shared strict and lenient
     * instances are read back as themselves.
     *
     * @return the serialized form, not null
     * @throws NotSerializableException if a registered ranking rule is not serializable
     */
    Object writeReplace() throws NotSerializableException {
        return SerialForm.of(module.isLenient(), module.limits(), pretty, module.rankingRules());
    }

    /**
     * Refuses a stream that holds this class without its serialized form.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("proxy required");
    }

    /** The instance with these settings: a shared one if they are a shared one's. */
    static IptJson of(boolean lenient, JsonLimits limits, boolean pretty, List<RankingRule> rules) {
        IptJson json = strict().withLenient(lenient).withLimits(limits).withPrettyPrinting(pretty);
        if (!rules.isEmpty()) {
            return json.withRankingRules(rules);
        }
        for (IptJson shared : List.of(Shared.STRICT, Shared.LENIENT)) {
            if (shared.isLenient() == lenient && shared.limits().equals(limits) && shared.pretty == pretty) {
                return shared;
            }
        }
        return json;
    }

    @Override
    public String toString() {
        RegisteredRules rules = module.registeredRules();
        return "IptJson[" + (isLenient() ? "lenient" : "strict") + (pretty ? ", pretty" : "")
                + ", " + limits() + (rules == RegisteredRules.NONE ? "" : ", rules=" + rules) + "]";
    }
}
