package org.atomic2dynamics.emulator.conformance;

/** Request bodies of the metadata API for custom tables and lookups, as the Web API documentation shows them. */
final class Tables {
    static final String SOLUTION = "atomicmigration";
    private static final String LABEL = "{\"@odata.type\":\"Microsoft.Dynamics.CRM.Label\",\"LocalizedLabels\":"
            + "[{\"@odata.type\":\"Microsoft.Dynamics.CRM.LocalizedLabel\",\"Label\":\"%s\",\"LanguageCode\":1033}]}";

    private Tables() {
    }

    /** The publisher "atomic" (prefix atm, option values 72700xxxx) and its solution {@link #SOLUTION}. */
    static void publisherAndSolution(Http http) {
        String publisher = Http.idOf(http.post("publishers", "{\"uniquename\":\"atomic\",\"friendlyname\":\"Atomic\","
                + "\"customizationprefix\":\"atm\",\"customizationoptionvalueprefix\":72700}"));
        Http.Reply solution = http.post("solutions", "{\"uniquename\":\"" + SOLUTION + "\",\"friendlyname\":\"Atomic "
                + "Migration\",\"version\":\"1.0.0.0\",\"publisherid@odata.bind\":\"/publishers(" + publisher + ")\"}");
        if (solution.status() != 204) {
            throw new IllegalStateException("the solution was not created: " + solution.body());
        }
    }

    static String label(String text) {
        return String.format(LABEL, text);
    }

    /** An EntityMetadata with one primary name column {@code atm_Name} (400 characters). */
    static String body(String schemaName, String displayName, String collectionName) {
        return "{\"@odata.type\":\"Microsoft.Dynamics.CRM.EntityMetadata\",\"SchemaName\":\"" + schemaName + "\","
                + "\"DisplayName\":" + label(displayName) + ",\"DisplayCollectionName\":" + label(collectionName) + ","
                + "\"Description\":" + label("Atomic CRM " + collectionName) + ",\"OwnershipType\":\"UserOwned\","
                + "\"IsActivity\":false,\"HasActivities\":false,\"HasNotes\":false,\"Attributes\":[{"
                + "\"@odata.type\":\"Microsoft.Dynamics.CRM.StringAttributeMetadata\",\"AttributeType\":\"String\","
                + "\"AttributeTypeName\":{\"Value\":\"StringType\"},\"SchemaName\":\"atm_Name\",\"IsPrimaryName\":true,"
                + "\"RequiredLevel\":{\"Value\":\"None\"},\"MaxLength\":400,\"FormatName\":{\"Value\":\"Text\"},"
                + "\"DisplayName\":" + label("Name") + "}]}";
    }

    static Http.Reply create(Http http, String schemaName, String displayName, String collectionName) {
        return http.post("EntityDefinitions", body(schemaName, displayName, collectionName), "MSCRM.SolutionUniqueName",
                SOLUTION);
    }

    /** A one-to-many relationship: the lookup {@code lookupSchemaName} on {@code referencing} to {@code referenced}. */
    static Http.Reply lookup(Http http, String referenced, String referencing, String lookupSchemaName) {
        String primaryId = referenced.equals("account") ? "accountid" : referenced + "id";
        return http.post("RelationshipDefinitions", "{\"@odata.type\":\"Microsoft.Dynamics.CRM.OneToManyRelationshipMetadata\","
                + "\"SchemaName\":\"atm_" + referenced.replace("atm_", "") + "_" + referencing + "_" + lookupSchemaName.substring(4)
                + "\",\"ReferencedEntity\":\"" + referenced + "\",\"ReferencedAttribute\":\"" + primaryId + "\","
                + "\"ReferencingEntity\":\"" + referencing + "\",\"Lookup\":{\"@odata.type\":"
                + "\"Microsoft.Dynamics.CRM.LookupAttributeMetadata\",\"SchemaName\":\"" + lookupSchemaName + "\","
                + "\"DisplayName\":" + label(lookupSchemaName) + "},\"CascadeConfiguration\":{\"Assign\":\"NoCascade\","
                + "\"Share\":\"NoCascade\",\"Unshare\":\"NoCascade\",\"RollupView\":\"NoCascade\",\"Reparent\":\"NoCascade\","
                + "\"Delete\":\"RemoveLink\",\"Merge\":\"NoCascade\"}}", "MSCRM.SolutionUniqueName", SOLUTION);
    }
}
