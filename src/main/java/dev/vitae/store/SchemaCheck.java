package dev.vitae.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The bundled JSON Resume 1.2.1 schema, compiled once. Nothing is ever fetched: remote loading is off and only
 * the classpath and the draft-07 meta-schema ids (which the library maps to its bundled copies) may be
 * loaded, so a {@code $schema} or {@code $ref} URL can never make the validator go to the network.
 */
final class SchemaCheck {

    static final String RESOURCE = "/dev/vitae/schema/jsonresume-schema-1.2.1.json";

    private final Schema schema;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    static SchemaCheck load() {
        JsonNode node;
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the JSON Resume schema is missing from the application: " + RESOURCE);
            }
            node = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled JSON Resume schema cannot be read", e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(config)
                .schemaLoader(loader -> loader.fetchRemoteResources(false).allow(SchemaCheck::isBundled)));
        Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + RESOURCE), node);
        schema.initializeValidators();
        return new SchemaCheck(schema);
    }

    /** What may be loaded while compiling: our own resource and the meta-schemas the library ships. */
    static boolean isBundled(AbsoluteIri iri) {
        String s = iri.toString();
        return s.startsWith("classpath:") || s.startsWith("resource:")
                || s.startsWith("http://json-schema.org/") || s.startsWith("https://json-schema.org/");
    }

    List<Problem> check(JsonNode document) {
        List<Error> errors = schema.validate(document);
        return errors.stream().map(e -> new Problem(pointer(e), SchemaMessages.explain(e))).toList();
    }

    private static String pointer(Error e) {
        String p = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        return p.equals("/") ? "" : p;
    }
}
