package org.atomic2dynamics.emulator.persist;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.store.Ref;

/** Stored values in the state file: JSON by column type; lookups as {"t": table, "id": uuid}. */
final class StoredValues {
    private StoredValues() {
    }

    static void write(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Ref r) {
            g.writeStartObject();
            g.writeStringField("t", r.table());
            g.writeStringField("id", r.id().toString());
            g.writeEndObject();
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(v.toString());
        }
    }

    static Object read(ColumnDef c, JsonNode n) {
        if (n.isObject()) {
            return new Ref(n.path("t").asText(), UUID.fromString(n.path("id").asText()));
        }
        return switch (c.type()) {
            case INTEGER, PICKLIST, STATE, STATUS -> n.asInt();
            case BIGINT -> n.asLong();
            case DECIMAL, MONEY -> n.decimalValue();
            case DOUBLE -> n.asDouble();
            case BOOLEAN -> n.asBoolean();
            case DATETIME -> n.asText().length() == 10 ? LocalDate.parse(n.asText()) : Instant.parse(n.asText());
            case UNIQUEIDENTIFIER -> UUID.fromString(n.asText());
            default -> n.asText();
        };
    }
}
