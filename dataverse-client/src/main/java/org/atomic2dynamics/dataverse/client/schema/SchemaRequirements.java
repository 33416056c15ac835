package org.atomic2dynamics.dataverse.client.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.CustomTableDef;
import org.atomic2dynamics.dataverse.model.KeyDef;
import org.atomic2dynamics.dataverse.model.OptionSetDef;

/**
 * What the destination must have before records load: a publisher and solution, global option sets, custom
 * tables, custom columns per table (ColumnDef with custom=true; choices name their option set in
 * optionSetName; a Lookup names its one target table and is created as a one-to-many relationship), and
 * alternate keys. A new table's primary name column comes with the table, so listing it among the columns
 * is allowed and changes nothing.
 */
public record SchemaRequirements(Publisher publisher, Solution solution, List<OptionSetDef> optionSets,
        List<CustomTableDef> tables, Map<String, List<ColumnDef>> columns, List<KeyDef> keys) {

    /** The publisher: its customization prefix (atm) starts every SchemaName, its option value prefix every choice value. */
    public record Publisher(String uniqueName, String friendlyName, String prefix, int optionValuePrefix) {
        public static Publisher atomic() {
            return new Publisher("atomic2dynamics", "Atomic CRM migration", "atm", 72700);
        }
    }

    public record Solution(String uniqueName, String friendlyName, String version) {
        public static Solution atomic() {
            return new Solution("atomicmigration", "Atomic CRM migration", "1.0.0.0");
        }
    }

    /** Requirements without new tables. */
    public SchemaRequirements(Publisher publisher, Solution solution, List<OptionSetDef> optionSets,
            Map<String, List<ColumnDef>> columns, List<KeyDef> keys) {
        this(publisher, solution, optionSets, List.of(), columns, keys);
    }

    public SchemaRequirements {
        optionSets = List.copyOf(optionSets);
        tables = List.copyOf(tables);
        Map<String, List<ColumnDef>> copy = new LinkedHashMap<>();
        columns.forEach((table, defs) -> copy.put(table, List.copyOf(defs)));
        columns = java.util.Collections.unmodifiableMap(copy);
        keys = List.copyOf(keys);
    }

    /** The new table of that logical name, if the requirements create it. */
    public java.util.Optional<CustomTableDef> table(String logicalName) {
        return tables.stream().filter(t -> t.logicalName().equals(logicalName)).findFirst();
    }
}
