package org.atomic2dynamics.dataverse.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How columns appear in the Web API: which are entity properties, how a lookup is read back
 * ({@code _x_value}) and which single-valued navigation properties bind it ({@code x@odata.bind}).
 * The names follow Dataverse's conventions (ReferencingEntityNavigationPropertyName).
 */
public final class WebApiNames {
    private WebApiNames() {
    }

    /** Activities (task, phonecall...) name their polymorphic regarding lookups {@code col_target_table}. */
    public static boolean isActivity(TableDef table) {
        return "activityid".equals(table.primaryId());
    }

    /**
     * The navigation properties that bind a lookup column, each to its target table, in target order.
     * Owner columns bind through {@code ownerid} alone (to systemusers or teams); a single-target system
     * lookup through its logical name, a custom one through its SchemaName; a polymorphic lookup through
     * one property per target.
     */
    public static Map<String, String> bindProperties(TableDef table, ColumnDef column) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!column.type().isLookup()) {
            return out;
        }
        if (column.type() == AttributeType.OWNER) {
            column.targets().forEach(t -> out.putIfAbsent(column.logicalName(), t));
            return out;
        }
        if (column.targets().size() == 1) {
            out.put(column.custom() ? column.schemaName() : column.logicalName(), column.targets().get(0));
            return out;
        }
        boolean regarding = column.type() == AttributeType.LOOKUP && isActivity(table)
                && column.logicalName().equals("regardingobjectid");
        for (String target : column.targets()) {
            String nav = column.logicalName() + "_" + target + (regarding ? "_" + table.logicalName() : "");
            out.put(nav, target);
        }
        return out;
    }

    /**
     * The entity set name Dataverse derives for a new table (its LogicalCollectionName): the logical name's
     * English plural — "ies" after a consonant + y, "es" after s, x, z, ch or sh, else "s". Every standard
     * table's entity set follows the rule (opportunities, transactioncurrencies, opportunitycloses).
     */
    public static String entitySetName(String logicalName) {
        if (logicalName.matches(".*[^aeiou]y")) {
            return logicalName.substring(0, logicalName.length() - 1) + "ies";
        }
        if (logicalName.matches(".*(s|x|z|ch|sh)")) {
            return logicalName + "es";
        }
        return logicalName + "s";
    }

    /** The property a lookup is read back as: {@code _parentaccountid_value}. */
    public static String valueProperty(ColumnDef column) {
        return column.type().isLookup() ? "_" + column.logicalName() + "_value" : column.logicalName();
    }

    /**
     * Whether a column is a property of the entity type. The name and type parts of a lookup
     * (owneridname, parentcustomeridtype...) are not: the lookup carries them as annotations.
     */
    public static boolean isProperty(TableDef table, ColumnDef column) {
        String name = column.logicalName();
        if (column.type() == AttributeType.ENTITYNAME) {
            return name.equals("activitytypecode") || name.equals("objecttypecode");
        }
        if (column.type() == AttributeType.PARTYLIST) {
            return false;
        }
        if (column.type() == AttributeType.STRING) {
            for (ColumnDef other : table.columns().values()) {
                String lookup = other.logicalName();
                if (other.type().isLookup() && (name.equals(lookup + "name") || name.equals(lookup + "yominame"))) {
                    return false;
                }
            }
        }
        return true;
    }
}
