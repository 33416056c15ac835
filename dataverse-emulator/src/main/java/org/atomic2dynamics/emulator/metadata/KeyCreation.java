package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.AlternateKey;
import org.atomic2dynamics.emulator.schema.EntityType;

/**
 * {@code POST EntityDefinitions(LogicalName='x')/Keys}: an alternate key of up to 16 columns of the allowed
 * types, at most 10 per table. It starts Pending and is activated later by the {@link KeyActivator}.
 */
final class KeyCreation {
    static final int MAX_KEYS = 10;
    static final int MAX_COLUMNS = 16;
    private static final Set<AttributeType> ALLOWED = EnumSet.of(AttributeType.DECIMAL, AttributeType.INTEGER,
            AttributeType.STRING, AttributeType.DATETIME, AttributeType.LOOKUP, AttributeType.PICKLIST);

    private final MetadataContext ctx;

    KeyCreation(MetadataContext ctx) {
        this.ctx = ctx;
    }

    UUID create(EntityType type, JsonNode body, String solution) {
        String schemaName = body.path("SchemaName").asText(null);
        ctx.prefixes().checkSchemaName(solution, schemaName, "key");
        List<String> attributes = new ArrayList<>();
        body.path("KeyAttributes").forEach(a -> attributes.add(a.asText()));
        if (attributes.isEmpty() || attributes.size() > MAX_COLUMNS) {
            throw Errors.invalidArgument("A key needs between 1 and " + MAX_COLUMNS + " KeyAttributes.");
        }
        for (String a : attributes) {
            ColumnDef c = type.def().column(a).orElseThrow(() -> Errors.invalidArgument("The attribute '" + a
                    + "' does not exist on entity '" + type.name() + "'."));
            if (!ALLOWED.contains(c.type())) {
                throw Errors.invalidArgument("The attribute '" + a + "' of type " + c.type().metadataName() + " cannot be "
                        + "part of a key; use Decimal, Integer, String, DateTime, Lookup or Picklist columns.");
            }
        }
        List<AlternateKey> existing = ctx.backend().keys().of(type.name());
        if (existing.size() >= MAX_KEYS) {
            throw Errors.invalidArgument("The entity '" + type.name() + "' already has the maximum of " + MAX_KEYS + " keys.");
        }
        for (AlternateKey k : existing) {
            if (k.schemaName().equalsIgnoreCase(schemaName) || new HashSet<>(k.attributes()).equals(new HashSet<>(attributes))) {
                throw new DataverseException(412, "0x80048415", "An entity key with the same name or the same key "
                        + "attributes already exists on entity '" + type.name() + "': " + k.schemaName() + ".");
            }
        }
        AlternateKey key = new AlternateKey(UUID.randomUUID(), type.name(), schemaName, attributes, "Pending",
                solution == null ? Prefixes.DEFAULT_SOLUTION : solution, Labels.text(body.get("DisplayName")));
        ctx.backend().keys().add(key);
        ctx.registry().record(key.solution(), 14, key.metadataId());
        ctx.activator().schedule(key);
        return key.metadataId();
    }
}
