package org.atomic2dynamics.emulator.metadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.schema.AlternateKey;
import org.atomic2dynamics.emulator.schema.EntityType;

/** Writes EntityMetadata, AttributeMetadata (typed), EntityKeyMetadata and OptionSetMetadata as JSON. */
final class MetadataJson {
    private static final String NS = "Microsoft.Dynamics.CRM.";

    private final MetadataRegistry registry;

    MetadataJson(MetadataRegistry registry) {
        this.registry = registry;
    }

    static String metadataType(AttributeType t) {
        return NS + switch (t) {
            case STRING -> "StringAttributeMetadata";
            case MEMO -> "MemoAttributeMetadata";
            case INTEGER -> "IntegerAttributeMetadata";
            case BIGINT -> "BigIntAttributeMetadata";
            case DECIMAL -> "DecimalAttributeMetadata";
            case DOUBLE -> "DoubleAttributeMetadata";
            case MONEY -> "MoneyAttributeMetadata";
            case BOOLEAN -> "BooleanAttributeMetadata";
            case DATETIME -> "DateTimeAttributeMetadata";
            case PICKLIST -> "PicklistAttributeMetadata";
            case STATE -> "StateAttributeMetadata";
            case STATUS -> "StatusAttributeMetadata";
            case MULTISELECTPICKLIST -> "MultiSelectPicklistAttributeMetadata";
            case LOOKUP, CUSTOMER, OWNER, PARTYLIST -> "LookupAttributeMetadata";
            case UNIQUEIDENTIFIER -> "UniqueIdentifierAttributeMetadata";
            case ENTITYNAME -> "EntityNameAttributeMetadata";
            case IMAGE -> "ImageAttributeMetadata";
            case FILE -> "FileAttributeMetadata";
        };
    }

    ObjectNode entity(EntityType type) {
        ObjectNode e = Json.object();
        e.put("MetadataId", registry.tableId(type.name()).toString());
        e.put("LogicalName", type.name());
        e.put("SchemaName", type.def().schemaName());
        e.put("EntitySetName", type.entitySet());
        e.put("PrimaryIdAttribute", type.primaryId());
        e.put("PrimaryNameAttribute", type.def().primaryName());
        e.put("OwnershipType", type.def().ownershipType());
        e.put("LogicalCollectionName", type.entitySet());
        e.put("IsActivity", org.atomic2dynamics.dataverse.model.WebApiNames.isActivity(type.def()));
        e.set("DisplayName", Labels.of(type.def().displayName()));
        CustomTable custom = registry.table(type.name()).orElse(null);
        e.put("IsCustomEntity", custom != null);
        if (custom != null) {
            e.set("DisplayCollectionName", Labels.of(custom.def().displayCollectionName()));
            e.set("Description", Labels.of(custom.def().description()));
            e.put("HasActivities", custom.hasActivities());
            e.put("HasNotes", custom.hasNotes());
            e.put("IsManaged", false);
        }
        return e;
    }

    ObjectNode attribute(EntityType type, ColumnDef c) {
        ObjectNode a = Json.object();
        a.put("@odata.type", "#" + metadataType(c.type()));
        a.put("MetadataId", registry.columnId(type.name(), c.logicalName()).toString());
        a.put("LogicalName", c.logicalName());
        a.put("SchemaName", c.schemaName());
        a.put("EntityLogicalName", type.name());
        a.put("AttributeType", c.type().metadataName());
        a.putObject("AttributeTypeName").put("Value", c.type().typeName());
        a.putObject("RequiredLevel").put("Value", c.requiredLevel().metadataName()).put("CanBeChanged", c.custom())
                .put("ManagedPropertyLogicalName", "canmodifyrequirementlevelsettings");
        a.put("IsValidForCreate", c.validForCreate());
        a.put("IsValidForUpdate", c.validForUpdate());
        a.put("IsValidForRead", true);
        a.put("IsCustomAttribute", c.custom());
        a.put("IsPrimaryId", c.logicalName().equals(type.primaryId()));
        a.put("IsPrimaryName", c.logicalName().equals(type.def().primaryName()));
        a.putNull("AttributeOf");
        CustomColumn custom = registry.column(type.name(), c.logicalName()).orElse(null);
        a.set("DisplayName", Labels.of(custom != null ? custom.displayName() : c.schemaName()));
        a.set("Description", Labels.of(custom != null ? custom.description() : null));
        typed(c, a);
        return a;
    }

    private static void typed(ColumnDef c, ObjectNode a) {
        switch (c.type()) {
            case STRING -> {
                a.put("MaxLength", c.maxLength());
                a.putObject("FormatName").put("Value", c.format() == null ? "Text" : c.format());
                a.put("Format", c.format() == null ? "Text" : c.format());
            }
            case MEMO -> {
                a.put("MaxLength", c.maxLength());
                a.put("Format", c.format() == null ? "TextArea" : c.format());
            }
            case INTEGER, BIGINT, DECIMAL, DOUBLE, MONEY -> {
                a.put("MinValue", c.minValue());
                a.put("MaxValue", c.maxValue());
                if (c.precision() != null) {
                    a.put("Precision", c.precision());
                }
                if (c.type() == AttributeType.MONEY) {
                    a.put("PrecisionSource", 2);
                }
                if (c.type() == AttributeType.INTEGER) {
                    a.put("Format", "None");
                }
            }
            case DATETIME -> {
                a.put("Format", c.format() == null ? "DateAndTime" : c.format());
                a.putObject("DateTimeBehavior").put("Value", c.dateTimeBehavior() == null ? "UserLocal" : c.dateTimeBehavior());
            }
            case LOOKUP, CUSTOMER, OWNER -> {
                ArrayNode targets = a.putArray("Targets");
                c.targets().forEach(targets::add);
            }
            default -> {
                // choices expose their options through $expand=OptionSet
            }
        }
    }

    /** The OptionSet navigation property of a choice column. */
    ObjectNode optionSet(ColumnDef c) {
        if (c.optionSetName() != null) {
            GlobalOptionSet global = registry.optionSet(c.optionSetName()).orElse(null);
            if (global != null) {
                return globalOptionSet(global);
            }
        }
        ObjectNode set = Json.object();
        set.put("MetadataId", MetadataRegistry.standardId("optionset", c.logicalName()).toString());
        set.put("Name", c.logicalName());
        set.put("IsGlobal", false);
        set.put("OptionSetType", c.type() == AttributeType.BOOLEAN ? "Boolean" : c.type().metadataName().equals("Virtual")
                ? "Picklist" : c.type().metadataName());
        options(set.putArray("Options"), c.options());
        return set;
    }

    ObjectNode globalOptionSet(GlobalOptionSet g) {
        ObjectNode set = Json.object();
        set.put("@odata.type", "#" + NS + "OptionSetMetadata");
        set.put("MetadataId", g.metadataId().toString());
        set.put("Name", g.def().name());
        set.put("IsGlobal", true);
        set.put("IsCustomOptionSet", true);
        set.put("OptionSetType", "Picklist");
        set.set("DisplayName", Labels.of(g.def().displayName()));
        set.set("Description", Labels.of(g.description()));
        options(set.putArray("Options"), g.def().options());
        return set;
    }

    private static void options(ArrayNode out, List<OptionDef> options) {
        for (OptionDef o : options) {
            ObjectNode n = out.addObject().put("Value", o.value());
            n.set("Label", Labels.of(o.label()));
            if (o.state() != null) {
                n.put("State", o.state());
            }
            if (o.defaultStatus() != null) {
                n.put("DefaultStatus", o.defaultStatus());
            }
        }
    }

    ObjectNode key(AlternateKey k) {
        ObjectNode n = Json.object();
        n.put("MetadataId", k.metadataId().toString());
        n.put("LogicalName", k.logicalName());
        n.put("SchemaName", k.schemaName());
        n.put("EntityLogicalName", k.table());
        ArrayNode attributes = n.putArray("KeyAttributes");
        k.attributes().forEach(attributes::add);
        n.put("EntityKeyIndexStatus", k.status());
        n.set("DisplayName", Labels.of(k.displayName()));
        n.putNull("AsyncJob");
        return n;
    }

    /** Keeps only the selected properties (and the key) of a metadata object. */
    static ObjectNode select(ObjectNode node, List<String> select, Map<String, ?> keep) {
        if (select == null) {
            return node;
        }
        ObjectNode out = Json.object();
        node.fields().forEachRemaining(f -> {
            if (select.contains(f.getKey()) || f.getKey().equals("MetadataId") || f.getKey().startsWith("@")
                    || keep.containsKey(f.getKey())) {
                out.set(f.getKey(), f.getValue());
            }
        });
        return out;
    }
}
