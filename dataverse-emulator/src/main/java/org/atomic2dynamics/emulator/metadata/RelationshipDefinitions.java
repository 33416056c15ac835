package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.RequiredLevel;
import org.atomic2dynamics.emulator.api.Operation;
import org.atomic2dynamics.emulator.api.Writes;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.schema.EntityType;

/**
 * {@code POST RelationshipDefinitions} with a OneToManyRelationshipMetadata: creates the lookup column on
 * the referencing table. Its navigation property is the lookup's SchemaName, as for custom lookups.
 */
public final class RelationshipDefinitions implements Operation {
    private final MetadataContext ctx;

    RelationshipDefinitions(MetadataContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ApiResponse handle(ApiRequest req, Writes writes) {
        if (!req.method().equals("POST") || req.path().contains("(")) {
            throw Errors.methodNotAllowed(req.method());
        }
        JsonNode body = Json.parse(req.body(), "RelationshipDefinitions");
        if (!body.path("@odata.type").asText().endsWith("OneToManyRelationshipMetadata")) {
            throw Errors.invalidArgument("Only OneToManyRelationshipMetadata can be created here.");
        }
        String solution = MetadataContext.solution(req);
        ctx.prefixes().checkSchemaName(solution, body.path("SchemaName").asText(null), "relationship");
        JsonNode lookup = body.path("Lookup");
        String lookupName = lookup.path("SchemaName").asText(null);
        ctx.prefixes().checkSchemaName(solution, lookupName, "column");
        EntityType referenced = table(body.path("ReferencedEntity").asText());
        EntityType referencing = table(body.path("ReferencingEntity").asText());
        String referencedAttribute = body.path("ReferencedAttribute").asText(referenced.primaryId());
        if (!referencedAttribute.equals(referenced.primaryId())) {
            throw Errors.invalidArgument("The ReferencedAttribute of a one-to-many relationship must be the primary key of "
                    + referenced.name() + " (" + referenced.primaryId() + "), not " + referencedAttribute + ".");
        }
        String logical = lookupName.toLowerCase(Locale.ROOT);
        if (referencing.def().column(logical).isPresent()) {
            throw new DataverseException(412, "0x80044363", "An attribute with the name '" + lookupName
                    + "' already exists on entity '" + referencing.name() + "'.");
        }
        ColumnDef column = new ColumnDef(logical, lookupName, AttributeType.LOOKUP,
                RequiredLevel.of(lookup.path("RequiredLevel").path("Value").asText("None")), true, true, null, null,
                null, null, null, null, List.of(), List.of(referenced.name()), null, true);
        UUID relationshipId = UUID.randomUUID();
        UUID columnId = UUID.randomUUID();
        String sol = solution == null ? Prefixes.DEFAULT_SOLUTION : solution;
        ctx.backend().store().write(tx -> {
            ctx.backend().schema().addColumn(referencing.name(), column);
            ctx.registry().addColumn(new CustomColumn(referencing.name(), logical, columnId,
                    Labels.text(lookup.get("DisplayName")), null, sol));
            ctx.registry().record(sol, 10, relationshipId);
            ctx.registry().record(sol, 2, columnId);
            return null;
        });
        return ApiResponse.of(204).header("OData-EntityId", ctx.urls().api() + "RelationshipDefinitions(" + relationshipId + ")");
    }

    private EntityType table(String name) {
        return ctx.backend().schema().find(name).orElseThrow(() -> Errors.invalidArgument("The entity '" + name
                + "' does not exist."));
    }
}
