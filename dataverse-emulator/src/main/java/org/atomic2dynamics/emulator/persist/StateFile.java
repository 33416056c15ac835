package org.atomic2dynamics.emulator.persist;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.EmulatorException;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.metadata.MetadataRegistry;
import org.atomic2dynamics.emulator.metadata.MetadataState;
import org.atomic2dynamics.emulator.schema.AlternateKey;
import org.atomic2dynamics.emulator.schema.EntityType;

/**
 * The emulator's state in {@code DIR/state.json}: metadata first, then every record with its row
 * version. Written to a temporary file and moved into place, so a crash leaves the previous state whole.
 */
public final class StateFile {
    private static final String NAME = "state.json";

    private final Path dir;

    public StateFile(Path dir) {
        this.dir = dir;
    }

    /** Fails at start rather than at stop when the directory cannot take the state. */
    public void checkWritable() {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, "probe", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new EmulatorException(EmulatorException.Reason.DATA_NOT_WRITABLE, "cannot write to the data directory "
                    + dir + ": " + e.getMessage(), e);
        }
    }

    public boolean exists() {
        return Files.isRegularFile(dir.resolve(NAME));
    }

    public void save(Backend backend, MetadataRegistry registry) {
        Path tmp = dir.resolve(NAME + ".tmp");
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(tmp);
                 JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
                g.writeStartObject();
                g.writeNumberField("format", 1);
                g.writeNumberField("version", backend.store().currentVersion());
                g.writeFieldName("metadata");
                g.writeTree(MetadataState.save(backend.schema(), registry, backend.keys()));
                g.writeObjectFieldStart("tables");
                for (String table : backend.store().tables()) {
                    // a custom table dropped by a reset leaves an empty slot in the store: nothing to keep
                    if (backend.schema().find(table).isPresent()) {
                        writeTable(g, backend, table);
                    }
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            move(tmp, dir.resolve(NAME));
        } catch (IOException e) {
            throw new EmulatorException(EmulatorException.Reason.DATA_NOT_WRITABLE, "cannot write the emulator state to "
                    + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeTable(JsonGenerator g, Backend backend, String table) throws IOException {
        g.writeArrayFieldStart(table);
        IOException[] failure = new IOException[1];
        backend.store().forEach(table, (id, version, values) -> {
            try {
                g.writeStartObject();
                g.writeStringField("id", id.toString());
                g.writeNumberField("v", version);
                g.writeObjectFieldStart("values");
                for (Map.Entry<String, Object> e : values.entrySet()) {
                    g.writeFieldName(e.getKey());
                    StoredValues.write(g, e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        g.writeEndArray();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reloads the state; returns the alternate keys to activate now that the records are back. */
    public List<AlternateKey> load(Backend backend, MetadataRegistry registry) {
        Path file = dir.resolve(NAME);
        try (JsonParser p = Json.mapper().getFactory().createParser(file.toFile())) {
            List<AlternateKey> keys = List.of();
            expect(p.nextToken(), JsonToken.START_OBJECT, file);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                p.nextToken();
                switch (field) {
                    case "version" -> backend.store().advanceVersion(p.getLongValue());
                    case "metadata" -> keys = MetadataState.load(p.readValueAsTree(), backend.schema(), registry,
                            backend.keys());
                    case "tables" -> readTables(p, backend);
                    default -> p.skipChildren();
                }
            }
            return keys;
        } catch (IOException | RuntimeException e) {
            throw new EmulatorException(EmulatorException.Reason.INPUT_NOT_READABLE, "cannot read the emulator state "
                    + file + ": " + e.getMessage(), e);
        }
    }

    private static void readTables(JsonParser p, Backend backend) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String table = p.getCurrentName();
            EntityType type = backend.schema().type(table);
            expect(p.nextToken(), JsonToken.START_ARRAY, null);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode record = p.readValueAsTree();
                Map<String, Object> values = new HashMap<>();
                record.path("values").fields().forEachRemaining(e -> {
                    ColumnDef c = type.def().column(e.getKey()).orElseThrow(() -> new IllegalStateException(
                            "the saved column " + table + "." + e.getKey() + " is not defined"));
                    values.put(e.getKey(), StoredValues.read(c, e.getValue()));
                });
                backend.store().load(table, UUID.fromString(record.path("id").asText()), values, record.path("v").asLong());
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken wanted, Path file) throws IOException {
        if (actual != wanted) {
            throw new IOException("unexpected " + actual + (file == null ? "" : " in " + file));
        }
    }
}
