package org.atomic2dynamics.mapping.propose;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.core.source.TypeFamily;
import org.atomic2dynamics.dataverse.model.WebApiNames;
import org.atomic2dynamics.mapping.spec.Confidence;
import org.atomic2dynamics.mapping.spec.NewTable;
import org.atomic2dynamics.mapping.spec.Transform;

/**
 * A table the standard schema does not have becomes a custom Dataverse table (atm_&lt;name&gt;) with one
 * column per source column. Its primary name comes from a name-like text column, else from the id.
 * Dynamics 365 Sales Professional allows 15 custom tables, so the proposal asks a person to confirm.
 */
final class CustomTables {
    private static final List<String> NAME_COLUMNS = List.of("name", "title", "label", "subject");

    private CustomTables() {
    }

    static String targetName(TableInfo table, ProposalContext ctx) {
        return ctx.columns.logicalName(Singular.of(table.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_")));
    }

    static List<TableDraft> propose(TableInfo table, ProposalContext ctx) {
        String logical = targetName(table, ctx);
        TableDraft d = new TableDraft(table, logical, null, "custom table " + table.qualifiedName()
                + " becomes a custom table; Sales Professional allows 15 custom tables — confirm it is worth one",
                true, ctx);
        String primaryName = ctx.columns.logicalName("name");
        String singular = Singular.of(table.name());
        String schema = ctx.columns.schemaName(singular);
        d.newTable(new NewTable(logical, schema, title(singular), title(table.name()), WebApiNames.entitySetName(logical),
                logical + "id", primaryName));
        d.newColumn(ctx.columns.text("name", "Name", 400, "Text", "primary name"));
        Optional<ColumnInfo> nameColumn = table.columns().stream()
                .filter(c -> c.family() == TypeFamily.TEXT && NAME_COLUMNS.contains(c.name())).findFirst();
        for (ColumnInfo c : table.columns()) {
            if (c.name().equals("id")) {
                Common.id(d);
            } else {
                CustomColumns.propose(c, d);
            }
        }
        if (nameColumn.isPresent()) {
            d.derive(nameColumn.get().name()).to(primaryName).via(Transform.TEXT).truncate()
                    .done(Confidence.MEDIUM, "the primary name shown in lists; cut to 400 characters (the column"
                            + " itself keeps the whole value)");
        } else {
            d.derive("id").to(primaryName).via(Transform.TEXT).param("template", table.name() + " #{value}")
                    .done(Confidence.MEDIUM, "no name-like column: the primary name is the table name and id");
        }
        return List.of(d);
    }

    /** "sales_regions" → "Sales regions": how the table is named in Dynamics' menus. */
    private static String title(String name) {
        String words = name.replace('_', ' ').strip();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
