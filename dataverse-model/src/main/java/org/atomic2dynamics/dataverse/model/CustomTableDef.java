package org.atomic2dynamics.dataverse.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A custom table to create (or as created) through the metadata API: names with the publisher prefix,
 * display names, ownership ("UserOwned" or "OrganizationOwned") and the primary name column that comes with
 * it. {@code entitySetName} is the name the Web API addresses it by; {@link #definition} gives the whole table
 * as Dataverse creates it, system columns included.
 */
public record CustomTableDef(String logicalName, String schemaName, String displayName, String displayCollectionName,
        String description, String entitySetName, String ownershipType, ColumnDef primaryName) {

    public static final String USER_OWNED = "UserOwned";

    /** Messages a custom table supports; bulk messages included (bulk-operations.md: all custom tables). */
    static final List<String> MESSAGES = List.of("Create", "Update", "Upsert", "Delete", "Retrieve",
            "RetrieveMultiple", "CreateMultiple", "UpdateMultiple", "UpsertMultiple", "SetState", "Assign");

    /** The system columns every table gets, copied from the reference facts of a standard user-owned table. */
    static final List<String> SYSTEM_COLUMNS = List.of("createdon", "createdby", "createdonbehalfby", "modifiedon",
            "modifiedby", "modifiedonbehalfby", "statecode", "statuscode", "overriddencreatedon",
            "importsequencenumber", "timezoneruleversionnumber", "utcconversiontimezonecode", "versionnumber");
    static final List<String> OWNER_COLUMNS = List.of("ownerid", "owneridtype", "owningbusinessunit", "owninguser",
            "owningteam");

    /** A user-owned table named after its SchemaName, with the entity set Dataverse derives. */
    public static CustomTableDef userOwned(String schemaName, String displayName, String displayCollectionName,
            String description, ColumnDef primaryName) {
        String logical = schemaName.toLowerCase(Locale.ROOT);
        return new CustomTableDef(logical, schemaName, displayName, displayCollectionName, description,
                WebApiNames.entitySetName(logical), USER_OWNED, primaryName);
    }

    /** The primary key column: the logical name + "id" (new_bankaccount → new_bankaccountid). */
    public String primaryId() {
        return logicalName + "id";
    }

    public boolean userOwned() {
        return USER_OWNED.equals(ownershipType);
    }

    /** The whole table: primary key, primary name, and the system columns of a standard table (account). */
    public TableDef definition(ReferenceTables reference) {
        TableDef template = reference.table("account").orElseThrow(() -> new IllegalStateException(
                "the reference facts lack account, the template of system columns"));
        Map<String, ColumnDef> columns = new LinkedHashMap<>();
        columns.put(primaryId(), new ColumnDef(primaryId(), schemaName + "Id", AttributeType.UNIQUEIDENTIFIER,
                RequiredLevel.SYSTEM_REQUIRED, true, false, null, null, null, null, null, null, null, null, null, false));
        columns.put(primaryName.logicalName(), primaryName);
        for (String name : SYSTEM_COLUMNS) {
            template.column(name).ifPresent(c -> columns.put(name, c));
        }
        if (userOwned()) {
            OWNER_COLUMNS.forEach(name -> template.column(name).ifPresent(c -> columns.put(name, c)));
        }
        List<String> messages = userOwned() ? MESSAGES : MESSAGES.stream().filter(m -> !m.equals("Assign")).toList();
        return new TableDef(logicalName, schemaName, displayName, entitySetName, primaryId(), primaryName.logicalName(),
                ownershipType, messages, columns);
    }
}
