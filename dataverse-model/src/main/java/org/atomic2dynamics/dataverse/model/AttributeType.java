package org.atomic2dynamics.dataverse.model;

/** Dataverse column types (AttributeType in the metadata API), with the names the metadata API uses. */
public enum AttributeType {
    BIGINT("BigInt", "BigIntType"),
    BOOLEAN("Boolean", "BooleanType"),
    CUSTOMER("Customer", "CustomerType"),
    DATETIME("DateTime", "DateTimeType"),
    DECIMAL("Decimal", "DecimalType"),
    DOUBLE("Double", "DoubleType"),
    ENTITYNAME("EntityName", "EntityNameType"),
    IMAGE("Image", "ImageType"),
    FILE("File", "FileType"),
    INTEGER("Integer", "IntegerType"),
    LOOKUP("Lookup", "LookupType"),
    MEMO("Memo", "MemoType"),
    MONEY("Money", "MoneyType"),
    MULTISELECTPICKLIST("Virtual", "MultiSelectPicklistType"),
    OWNER("Owner", "OwnerType"),
    PARTYLIST("PartyList", "PartyListType"),
    PICKLIST("Picklist", "PicklistType"),
    STATE("State", "StateType"),
    STATUS("Status", "StatusType"),
    STRING("String", "StringType"),
    UNIQUEIDENTIFIER("Uniqueidentifier", "UniqueidentifierType");

    private final String metadataName;
    private final String typeName;

    AttributeType(String metadataName, String typeName) {
        this.metadataName = metadataName;
        this.typeName = typeName;
    }

    /** The value of AttributeType in EntityDefinitions responses ("Virtual" for multi-select choices). */
    public String metadataName() {
        return metadataName;
    }

    /** The value of AttributeTypeName.Value, e.g. "StringType". */
    public String typeName() {
        return typeName;
    }

    /** Reads the reference file's type names, which are AttributeType values or "MultiSelectPicklist". */
    public static AttributeType fromReference(String name) {
        if ("MultiSelectPicklist".equalsIgnoreCase(name)) {
            return MULTISELECTPICKLIST;
        }
        for (AttributeType t : values()) {
            if (t != MULTISELECTPICKLIST && t.metadataName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown Dataverse attribute type: " + name);
    }

    /** Lookups in the wide sense: every column written with {@code @odata.bind}. */
    public boolean isLookup() {
        return this == LOOKUP || this == CUSTOMER || this == OWNER;
    }

    public boolean isChoice() {
        return this == PICKLIST || this == STATE || this == STATUS || this == MULTISELECTPICKLIST;
    }
}
