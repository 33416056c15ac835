package org.atomic2dynamics.dataverse.client.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.CustomTableDef;
import org.atomic2dynamics.dataverse.model.WebApiNames;

/**
 * The metadata bodies of a custom table (an EntityMetadata holding its primary name StringAttributeMetadata)
 * and of a lookup column (a OneToManyRelationshipMetadata with its Lookup; deleting the parent removes the
 * link, never the child).
 */
final class TableBodies {
    private static final String NS = "Microsoft.Dynamics.CRM.";
    /** Dataverse limits SchemaNames; longer generated relationship names keep a hash of the whole name. */
    static final int MAX_NAME = 50;

    private final ObjectMapper json;
    private final MetadataBodies bodies;

    TableBodies(ObjectMapper json, MetadataBodies bodies) {
        this.json = json;
        this.bodies = bodies;
    }

    /** EntitySetName is sent only when the map wants another than the one Dataverse derives. */
    ObjectNode table(CustomTableDef t) {
        ObjectNode body = json.createObjectNode().put("@odata.type", NS + "EntityMetadata").put("SchemaName", t.schemaName());
        body.set("DisplayName", bodies.label(t.displayName()));
        body.set("DisplayCollectionName", bodies.label(t.displayCollectionName()));
        if (t.description() != null && !t.description().isBlank()) {
            body.set("Description", bodies.label(t.description()));
        }
        body.put("OwnershipType", t.ownershipType()).put("IsActivity", false).put("HasActivities", false)
                .put("HasNotes", false);
        if (!t.entitySetName().equals(WebApiNames.entitySetName(t.logicalName()))) {
            body.put("EntitySetName", t.entitySetName());
        }
        body.putArray("Attributes").add(bodies.column(t.primaryName(), null).put("IsPrimaryName", true));
        return body;
    }

    ObjectNode relationship(String prefix, String referenced, String referencedAttribute, String referencing,
            ColumnDef lookup) {
        ObjectNode body = json.createObjectNode().put("@odata.type", NS + "OneToManyRelationshipMetadata")
                .put("SchemaName", relationshipName(prefix, referenced, referencing, lookup.logicalName()))
                .put("ReferencedEntity", referenced).put("ReferencedAttribute", referencedAttribute)
                .put("ReferencingEntity", referencing);
        ObjectNode attribute = body.putObject("Lookup").put("@odata.type", NS + "LookupAttributeMetadata")
                .put("AttributeType", "Lookup").put("SchemaName", lookup.schemaName());
        attribute.putObject("AttributeTypeName").put("Value", "LookupType");
        attribute.set("DisplayName", bodies.label(lookup.schemaName().substring(lookup.schemaName().indexOf('_') + 1)));
        attribute.putObject("RequiredLevel").put("Value", "None").put("CanBeChanged", true)
                .put("ManagedPropertyLogicalName", "canmodifyrequirementlevelsettings");
        ObjectNode cascade = body.putObject("CascadeConfiguration");
        for (String action : new String[] {"Assign", "Share", "Unshare", "RollupView", "Reparent", "Merge"}) {
            cascade.put(action, "NoCascade");
        }
        cascade.put("Delete", "RemoveLink");
        return body;
    }

    /** prefix_referenced_referencing_lookup without repeated prefixes, e.g. atm_campaigns_opportunity_campaign_id. */
    static String relationshipName(String prefix, String referenced, String referencing, String lookup) {
        String p = prefix + "_";
        String name = p + strip(referenced, p) + "_" + strip(referencing, p) + "_" + strip(lookup, p);
        if (name.length() <= MAX_NAME) {
            return name;
        }
        String hash = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
        return name.substring(0, MAX_NAME - hash.length() - 1) + "_" + hash;
    }

    private static String strip(String name, String prefix) {
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }
}
