package org.atomic2dynamics.dataverse.client.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.KeyDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;
import org.atomic2dynamics.dataverse.model.RequiredLevel;

/** The metadata API bodies: attribute definitions by type, global option sets, alternate keys, labels. */
final class MetadataBodies {
    private static final String NS = "Microsoft.Dynamics.CRM.";
    private final ObjectMapper json;

    MetadataBodies(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode label(String text) {
        ObjectNode label = json.createObjectNode().put("@odata.type", NS + "Label");
        label.putArray("LocalizedLabels").addObject().put("@odata.type", NS + "LocalizedLabel")
                .put("Label", text).put("LanguageCode", 1033);
        return label;
    }

    ObjectNode optionSet(OptionSetDef set) {
        ObjectNode body = json.createObjectNode().put("@odata.type", NS + "OptionSetMetadata").put("Name", set.name());
        body.set("DisplayName", label(set.displayName()));
        body.put("IsGlobal", true).put("OptionSetType", "Picklist");
        ArrayNode options = body.putArray("Options");
        for (OptionDef o : set.options()) {
            options.addObject().put("Value", o.value()).set("Label", label(o.label()));
        }
        return body;
    }

    ObjectNode insertOption(String optionSet, OptionDef option, String solution) {
        ObjectNode body = json.createObjectNode().put("OptionSetName", optionSet).put("Value", option.value());
        body.set("Label", label(option.label()));
        return body.put("SolutionUniqueName", solution);
    }

    ObjectNode key(KeyDef key) {
        ObjectNode body = json.createObjectNode().put("@odata.type", NS + "EntityKeyMetadata").put("SchemaName", key.schemaName());
        body.set("DisplayName", label(key.schemaName()));
        ArrayNode attributes = body.putArray("KeyAttributes");
        key.keyAttributes().forEach(attributes::add);
        return body;
    }

    /** An attribute definition; choices bound to a global option set need its MetadataId. */
    ObjectNode column(ColumnDef c, String optionSetMetadataId) {
        ObjectNode body = json.createObjectNode();
        body.put("SchemaName", c.schemaName());
        body.set("DisplayName", label(c.schemaName().substring(c.schemaName().indexOf('_') + 1)));
        RequiredLevel level = c.requiredLevel() == null || c.requiredLevel() == RequiredLevel.SYSTEM_REQUIRED
                ? RequiredLevel.NONE : c.requiredLevel();
        body.putObject("RequiredLevel").put("Value", level.metadataName()).put("CanBeChanged", true)
                .put("ManagedPropertyLogicalName", "canmodifyrequirementlevelsettings");
        switch (c.type()) {
            case STRING:
                typed(body, "StringAttributeMetadata", "String", "StringType").put("MaxLength", or(c.maxLength(), 100));
                body.putObject("FormatName").put("Value", c.format() == null ? "Text" : c.format());
                break;
            case MEMO:
                typed(body, "MemoAttributeMetadata", "Memo", "MemoType").put("MaxLength", or(c.maxLength(), 2000))
                        .put("Format", "TextArea");
                break;
            case INTEGER:
                range(typed(body, "IntegerAttributeMetadata", "Integer", "IntegerType"), c, "-2147483648", "2147483647")
                        .put("Format", "None");
                break;
            case BIGINT:
                // Its range is fixed (MinSupportedValue/MaxSupportedValue): nothing to send but the type.
                typed(body, "BigIntAttributeMetadata", "BigInt", "BigIntType");
                break;
            case DECIMAL:
                range(typed(body, "DecimalAttributeMetadata", "Decimal", "DecimalType"), c, "-100000000000", "100000000000")
                        .put("Precision", or(c.precision(), 2));
                break;
            case DOUBLE:
                range(typed(body, "DoubleAttributeMetadata", "Double", "DoubleType"), c, "-100000000000", "100000000000")
                        .put("Precision", or(c.precision(), 2));
                break;
            case MONEY:
                range(typed(body, "MoneyAttributeMetadata", "Money", "MoneyType"), c, "-922337203685477", "922337203685477")
                        .put("Precision", or(c.precision(), 2)).put("PrecisionSource", c.precision() == null ? 2 : 0);
                break;
            case BOOLEAN:
                boolColumn(typed(body, "BooleanAttributeMetadata", "Boolean", "BooleanType"));
                break;
            case DATETIME:
                boolean dateOnly = c.isDateOnly() || "DateOnly".equals(c.format());
                typed(body, "DateTimeAttributeMetadata", "DateTime", "DateTimeType")
                        .put("Format", dateOnly ? "DateOnly" : "DateAndTime");
                body.putObject("DateTimeBehavior").put("Value", c.dateTimeBehavior() == null ? "UserLocal" : c.dateTimeBehavior());
                break;
            case PICKLIST:
                choice(typed(body, "PicklistAttributeMetadata", "Picklist", "PicklistType"), c, optionSetMetadataId);
                break;
            case MULTISELECTPICKLIST:
                choice(typed(body, "MultiSelectPicklistAttributeMetadata", "Virtual", "MultiSelectPicklistType"), c,
                        optionSetMetadataId);
                break;
            default:
                throw new MigrationException(ErrorCode.MAPPING_INVALID, "column " + c.logicalName() + " has type "
                        + c.type().metadataName() + ", which schema setup cannot create",
                        "map the field to a text, number, money, yes/no, date or choice column");
        }
        return body;
    }

    private ObjectNode typed(ObjectNode body, String metadataType, String attributeType, String typeName) {
        body.put("@odata.type", NS + metadataType).put("AttributeType", attributeType);
        body.putObject("AttributeTypeName").put("Value", typeName);
        return body;
    }

    private ObjectNode range(ObjectNode body, ColumnDef c, String min, String max) {
        body.put("MinValue", c.minValue() == null ? new BigDecimal(min) : c.minValue());
        return body.put("MaxValue", c.maxValue() == null ? new BigDecimal(max) : c.maxValue());
    }

    private void boolColumn(ObjectNode body) {
        body.put("DefaultValue", false);
        ObjectNode set = body.putObject("OptionSet").put("@odata.type", NS + "BooleanOptionSetMetadata")
                .put("OptionSetType", "Boolean");
        set.putObject("TrueOption").put("Value", 1).set("Label", label("Yes"));
        set.putObject("FalseOption").put("Value", 0).set("Label", label("No"));
    }

    private void choice(ObjectNode body, ColumnDef c, String optionSetMetadataId) {
        if (c.optionSetName() != null) {
            body.put("GlobalOptionSet@odata.bind", "/GlobalOptionSetDefinitions(" + optionSetMetadataId + ")");
            return;
        }
        ObjectNode set = body.putObject("OptionSet").put("@odata.type", NS + "OptionSetMetadata").put("IsGlobal", false)
                .put("OptionSetType", "Picklist");
        ArrayNode options = set.putArray("Options");
        for (OptionDef o : c.options()) {
            options.addObject().put("Value", o.value()).set("Label", label(o.label()));
        }
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
