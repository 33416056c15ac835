package org.atomic2dynamics.mapping.propose;

import java.util.List;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.mapping.spec.Confidence;

/**
 * Standard tables that do not become records: sales (users become owners), tags (options), the
 * configuration (option sets, stage rules, hand-off spec) and the favicon exclusion list.
 */
final class ReferenceTableRules {
    private ReferenceTableRules() {
    }

    static List<TableDraft> propose(TableInfo table, ProposalContext ctx) {
        TableDraft d = new TableDraft(table, null, null, reason(table.name(), ctx), false, ctx);
        for (ColumnInfo c : table.columns()) {
            d.skip(c.name(), Confidence.HIGH, columnReason(table.name(), c.name()));
        }
        return List.of(d);
    }

    private static String reason(String table, ProposalContext ctx) {
        return switch (table) {
            case "sales" -> "Atomic CRM users are not copied: each is matched to a Dynamics user or team by email"
                    + " (the owner map) and owns what it owned";
            case "tags" -> "tags become the options of the multi-select choice " + ctx.optionSets.tag()
                    + "; contacts carry them";
            case "configuration" -> "the configuration becomes option sets, settings.dealStages and the hand-off spec";
            default -> "used only by Atomic CRM's favicon trigger; listed in the hand-off spec";
        };
    }

    private static String columnReason(String table, String column) {
        return switch (table + "." + column) {
            case "sales.id" -> "the key of the owner map";
            case "sales.email" -> "matches the Dynamics user (internalemailaddress, then domainname)";
            case "sales.first_name", "sales.last_name" -> "shown in the owner reconciliation queue";
            case "sales.disabled" -> "a disabled user's records go to the fallback owner; shown in the queue";
            case "sales.administrator" -> "Dynamics security roles are assigned by its admin (hand-off spec)";
            case "sales.user_id" -> "the Supabase auth id means nothing in Dynamics";
            case "sales.avatar" -> "user pictures come from Microsoft Entra ID in Dynamics";
            case "tags.id" -> "the option's source value";
            case "tags.name" -> "the option's label";
            case "tags.color" -> "the option's colour";
            case "configuration.config" -> "read as the effective configuration (option labels, currency)";
            default -> "not data a Dynamics user works with (" + table + "." + column + ")";
        };
    }
}
