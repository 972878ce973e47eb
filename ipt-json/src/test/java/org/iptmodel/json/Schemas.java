package org.iptmodel.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON text against the schemas shipped in the jar, with the networknt validator. The
 * schemas are read through {@link DocumentCodec#schema()} (on the module path the jar's schema
 * package is encapsulated, so the validator's own classpath loader cannot see it) and registered
 * under their {@code $id}, so nothing is fetched from the network.
 */
final class Schemas {
    static final String ID_PREFIX = "https://iptmodel.github.io/schema/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(texts()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Schemas() {
    }

    private static Map<String, String> texts() {
        Map<String, String> texts = new java.util.HashMap<>();
        for (Document<?> document : Documents.ALL) {
            texts.put(ID_PREFIX + fileOf(document), IptJson.strict().codec(document).schema());
        }
        return texts;
    }

    /** The schema of a document type, by the file name of its current version. */
    static Schema of(Document<?> document) {
        return SCHEMAS.computeIfAbsent(fileOf(document), f -> REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + f)));
    }

    /** The file name of a document type's current schema, such as {@code course-v1.schema.json}. */
    static String fileOf(Document<?> document) {
        return document.schemaResource().substring("schema/".length());
    }

    /** The validation errors of a JSON text; empty when valid. */
    static List<Error> errors(Document<?> document, String json) {
        return of(document).validate(json, InputFormat.JSON);
    }
}
