package org.atomic2dynamics.source.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.atomic2dynamics.core.source.SchemaGeneration;

/**
 * Loads the reference schema of each generation from the JSON resources beside this class. The resources
 * are introspected from the project's own re-statement of the upstream migrations, and a test keeps them equal.
 */
public final class ReferenceSchemas {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<SchemaGeneration, ReferenceSchema> cache = new EnumMap<>(SchemaGeneration.class);

    public synchronized ReferenceSchema of(SchemaGeneration generation) {
        return cache.computeIfAbsent(generation, ReferenceSchemas::load);
    }

    public static String resourceName(SchemaGeneration generation) {
        return generation.name().toLowerCase(Locale.ROOT) + ".json";
    }

    private static ReferenceSchema load(SchemaGeneration generation) {
        String name = resourceName(generation);
        try (InputStream in = ReferenceSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing reference schema resource " + name);
            }
            return JSON.readValue(in, ReferenceSchema.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference schema " + name, e);
        }
    }

    /** Writes a reference file; used when the project's SQL changes (see ReferenceSchemasTest). */
    public static void write(ReferenceSchema reference, Path file) {
        try {
            JSON.writeValue(file.toFile(), reference);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
