package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.CustomTableDef;
import org.atomic2dynamics.dataverse.model.WebApiNames;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.EntityType;

/**
 * {@code POST EntityDefinitions}: creates a custom table as create-update-entity-definitions-using-web-api.md
 * describes it — an EntityMetadata with a prefixed SchemaName, DisplayName, DisplayCollectionName and
 * OwnershipType, whose Attributes hold exactly one primary name StringAttributeMetadata (IsPrimaryName true)
 * and may hold further columns. The table gets its primary key ({@code <logical name>id}), the system
 * columns of a standard table, the entity set name Dataverse derives (or the EntitySetName given) and its
 * sdkmessagefilters, bulk messages included.
 */
final class TableCreation {
    private static final String ENTITY_TYPE = "EntityMetadata";

    private final MetadataContext ctx;
    private final ColumnCreation columns;

    TableCreation(MetadataContext ctx, ColumnCreation columns) {
        this.ctx = ctx;
        this.columns = columns;
    }

    UUID create(JsonNode body, String solution) {
        String odataType = body.path("@odata.type").asText(ENTITY_TYPE);
        if (!odataType.endsWith(ENTITY_TYPE)) {
            throw Errors.invalidArgument("Only an EntityMetadata can be created at EntityDefinitions, not " + odataType + ".");
        }
        String schemaName = body.path("SchemaName").asText(null);
        ctx.prefixes().checkSchemaName(solution, schemaName, "table");
        String logical = schemaName.toLowerCase(Locale.ROOT);
        refuseExisting(logical);
        if (body.path("IsActivity").asBoolean(false)) {
            throw Errors.invalidArgument("Activity tables cannot be created by this emulator.");
        }
        CustomTableDef def = new CustomTableDef(logical, schemaName, label(body, "DisplayName", "table"),
                label(body, "DisplayCollectionName", "table"), Labels.text(body.get("Description")), entitySet(body, logical),
                ownership(body), primaryName(body, solution));
        List<ColumnCreation.Prepared> extra = extraColumns(body, ctx.backend().schema().draft(def), solution);
        UUID id = UUID.randomUUID();
        String sol = solution == null ? Prefixes.DEFAULT_SOLUTION : solution;
        ctx.backend().store().write(tx -> {
            refuseExisting(logical); // again under the write lock: two requests may race
            ctx.backend().schema().addTable(def);
            ctx.registry().addTable(new CustomTable(def, id, sol, body.path("HasActivities").asBoolean(false),
                    body.path("HasNotes").asBoolean(false)));
            ctx.registry().record(sol, 1, id);
            columns.commit(logical, new ColumnCreation.Prepared(def.primaryName(), label(primaryBody(body), "DisplayName",
                    "column"), Labels.text(primaryBody(body).get("Description"))), solution);
            extra.forEach(c -> columns.commit(logical, c, solution));
            ctx.seeder().addMessageFilters(tx, ctx.backend().schema().type(logical));
            return null;
        });
        return id;
    }

    private void refuseExisting(String logical) {
        if (ctx.backend().schema().find(logical).isPresent()) {
            throw new DataverseException(400, "0x80044363",
                    "An entity with the specified name already exists. Please specify a unique name.");
        }
    }

    private static String label(JsonNode body, String name, String component) {
        String text = Labels.text(body.get(name));
        if (text == null || text.isBlank()) {
            throw Errors.invalidArgument(name + " is required to create a " + component + ".");
        }
        return text;
    }

    private static String ownership(JsonNode body) {
        String ownership = body.path("OwnershipType").asText(null);
        if (!CustomTableDef.USER_OWNED.equals(ownership) && !"OrganizationOwned".equals(ownership)) {
            throw Errors.invalidArgument("OwnershipType must be UserOwned or OrganizationOwned, not " + ownership + ".");
        }
        return ownership;
    }

    /** The EntitySetName given (custom tables may choose theirs), else the plural Dataverse derives. */
    private String entitySet(JsonNode body, String logical) {
        String set = body.path("EntitySetName").asText(WebApiNames.entitySetName(logical));
        if (!set.matches("[a-z][a-z0-9_]*")) {
            throw Errors.invalidArgument("The EntitySetName '" + set + "' is not valid: use lower-case letters, digits "
                    + "and underscores.");
        }
        if (ctx.backend().schema().byEntitySet(set).isPresent()) {
            throw Errors.invalidArgument("The EntitySetName '" + set + "' is already used by another table.");
        }
        return set;
    }

    /** The one StringAttributeMetadata with IsPrimaryName true; anything else is refused. */
    private static JsonNode primaryBody(JsonNode body) {
        List<JsonNode> primaries = new ArrayList<>();
        body.path("Attributes").forEach(a -> {
            if (a.path("IsPrimaryName").asBoolean(false)) {
                primaries.add(a);
            }
        });
        if (primaries.size() != 1 || ColumnFactory.typeOf(primaries.get(0)) != AttributeType.STRING) {
            throw Errors.invalidArgument("The Attributes of a new table must hold exactly one primary name attribute: a "
                    + "StringAttributeMetadata with IsPrimaryName true (found " + primaries.size() + ").");
        }
        return primaries.get(0);
    }

    private ColumnDef primaryName(JsonNode body, String solution) {
        JsonNode primary = primaryBody(body);
        ctx.prefixes().checkSchemaName(solution, primary.path("SchemaName").asText(null), "column");
        label(primary, "DisplayName", "column");
        ColumnDef column = ColumnFactory.build(primary, List.of(), null);
        if (!"Text".equals(column.format())) {
            throw Errors.invalidArgument("The primary name attribute must use the Text format, not " + column.format() + ".");
        }
        return column;
    }

    /** The other columns of the Attributes array, each checked as if posted to the new table's Attributes. */
    private List<ColumnCreation.Prepared> extraColumns(JsonNode body, EntityType draft, String solution) {
        List<ColumnCreation.Prepared> out = new ArrayList<>();
        EntityType table = draft;
        for (JsonNode a : body.path("Attributes")) {
            if (a.path("IsPrimaryName").asBoolean(false)) {
                continue;
            }
            ColumnCreation.Prepared column = columns.prepare(table, a, solution);
            out.add(column);
            table = new EntityType(table.def().withColumn(column.column()));
        }
        return out;
    }
}
