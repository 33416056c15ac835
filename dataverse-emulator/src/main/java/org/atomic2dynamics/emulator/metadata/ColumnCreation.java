package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.emulator.data.KeySegment;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.EntityType;

/**
 * {@code POST EntityDefinitions(LogicalName='x')/Attributes}: validates and adds a custom column. Table
 * creation uses the two halves, so every column of a new table is checked before anything is added.
 */
final class ColumnCreation {
    private final MetadataContext ctx;

    ColumnCreation(MetadataContext ctx) {
        this.ctx = ctx;
    }

    /** A validated column, ready to be added. */
    record Prepared(ColumnDef column, String displayName, String description) {
    }

    UUID create(EntityType type, JsonNode body, String solution) {
        Prepared column = prepare(type, body, solution);
        return ctx.backend().store().write(tx -> commit(type.name(), column, solution));
    }

    /** Checks an AttributeMetadata body against the table (also one being created) without changing anything. */
    Prepared prepare(EntityType type, JsonNode body, String solution) {
        AttributeType attributeType = ColumnFactory.typeOf(body);
        String schemaName = body.path("SchemaName").asText(null);
        ctx.prefixes().checkSchemaName(solution, schemaName, "column");
        String displayName = Labels.text(body.get("DisplayName"));
        if (displayName == null) {
            throw Errors.invalidArgument("DisplayName is required to create a column.");
        }
        if (type.def().column(schemaName.toLowerCase(java.util.Locale.ROOT)).isPresent()) {
            throw new DataverseException(412, "0x80044363", "An attribute with the name '" + schemaName
                    + "' already exists on entity '" + type.name() + "'.");
        }
        List<OptionDef> options = List.of();
        String optionSetName = null;
        if (attributeType.isChoice() || attributeType == AttributeType.BOOLEAN) {
            JsonNode bind = body.get("GlobalOptionSet@odata.bind");
            if (bind != null) {
                GlobalOptionSet global = globalSet(bind.asText());
                options = global.def().options();
                optionSetName = global.def().name();
            } else {
                options = ColumnFactory.localOptions(body);
                checkOptions(attributeType, options, solution);
            }
        }
        return new Prepared(ColumnFactory.build(body, options, optionSetName), displayName,
                Labels.text(body.get("Description")));
    }

    /** Adds a prepared column to a table; callers hold the store's write lock. */
    UUID commit(String table, Prepared column, String solution) {
        UUID id = UUID.randomUUID();
        ctx.backend().schema().addColumn(table, column.column());
        ctx.registry().addColumn(new CustomColumn(table, column.column().logicalName(), id, column.displayName(),
                column.description(), solution));
        ctx.registry().record(solution == null ? Prefixes.DEFAULT_SOLUTION : solution, 2, id);
        return id;
    }

    private void checkOptions(AttributeType type, List<OptionDef> options, String solution) {
        if (type == AttributeType.BOOLEAN) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (OptionDef o : options) {
            ctx.prefixes().checkOptionValue(solution, o.value());
            if (!seen.add(o.value())) {
                throw Errors.invalidArgument("The option value " + o.value() + " is used twice.");
            }
        }
    }

    /** "/GlobalOptionSetDefinitions(<id>)" or "(Name='x')". */
    GlobalOptionSet globalSet(String uri) {
        String relative = uri.substring(uri.indexOf("GlobalOptionSetDefinitions"));
        KeySegment key = KeySegment.parse(relative).orElseThrow(() ->
                Errors.invalidArgument("GlobalOptionSet@odata.bind must name a GlobalOptionSetDefinitions record."));
        return (key.byId() ? ctx.registry().optionSet(key.id()) : ctx.registry().optionSet(key.keys().get("Name")))
                .orElseThrow(() -> new DataverseException(404, "0x80040217", "The global option set " + uri
                        + " does not exist."));
    }
}
