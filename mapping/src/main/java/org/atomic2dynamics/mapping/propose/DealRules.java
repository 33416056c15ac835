package org.atomic2dynamics.mapping.propose;

import java.util.List;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.mapping.spec.Confidence;
import org.atomic2dynamics.mapping.spec.StageRule;
import org.atomic2dynamics.mapping.spec.Transform;

/** deals → opportunity. */
final class DealRules {
    private DealRules() {
    }

    static List<TableDraft> propose(TableInfo table, ProposalContext ctx, List<StageRule> stages) {
        TableDraft d = new TableDraft(table, "opportunity", null, "deals are opportunities", true, ctx);
        for (ColumnInfo c : table.columns()) {
            column(c, d, stages);
        }
        d.derive("amount").to("transactioncurrencyid").via(Transform.CURRENCY)
                .high("amounts are in the configured currency (" + ctx.configuration().currency() + ")");
        return List.of(d);
    }

    private static void column(ColumnInfo c, TableDraft d, List<StageRule> stages) {
        ProposalContext ctx = d.ctx;
        switch (c.name()) {
            case "id" -> Common.id(d);
            case "created_at" -> Common.createdOn(d, "created_at");
            case "sales_id" -> Common.owner(d);
            case "name" -> Common.text(d, "name", "name", "the opportunity's topic");
            case "description" -> Common.memo(d, "description", "description", "description");
            case "amount" -> d.map("amount").to("estimatedvalue").via(Transform.NUMBER)
                    .high("whole units of the configured currency become the estimated revenue");
            case "expected_closing_date" -> d.map("expected_closing_date").to("estimatedclosedate")
                    .via(Transform.DATE).high("a date without time, as Dynamics' date-only estimated close date");
            case "company_id" -> d.map("company_id").to("customerid", "parentaccountid").via(Transform.LOOKUP)
                    .param("table", "companies").param("navigation", "customerid_account,parentaccountid")
                    .high("the company is the opportunity's customer and account");
            case "contact_ids" -> d.map("contact_ids").to("parentcontactid", "originatingleadid")
                    .via(Transform.DEAL_CONTACTS).param("stakeholders", "true")
                    .lossy("the order of the contacts after the first is not kept (connections are unordered)")
                    .high("the first contact becomes the parent contact (or the originating lead when routed as a"
                            + " lead); every contact becomes a stakeholder connection");
            case "category" -> d.map("category").to(d.newColumn(ctx.columns.choice("DealCategory", "Category",
                    ctx.optionSets.dealCategory(), false, "Atomic CRM deal category"))).via(Transform.CHOICE)
                    .optionSet(ctx.optionSets.dealCategory()).high("the category, as a choice with the configured labels");
            case "stage" -> stage(d, stages);
            case "updated_at" -> d.map("updated_at").to(d.newColumn(ctx.columns.dateTime("AtomicUpdatedOn",
                    "Last updated in Atomic CRM", "UserLocal", "Atomic CRM deals.updated_at"))).via(Transform.DATETIME)
                    .high("Dynamics sets Modified On itself; the original is kept, and is the close date of won"
                            + " and lost deals");
            case "archived_at" -> d.map("archived_at").to(d.newColumn(ctx.columns.dateTime("ArchivedOn",
                    "Archived on", "UserLocal", "Atomic CRM deals.archived_at"))).via(Transform.DATETIME)
                    .high("Atomic CRM hides archived deals; opportunities have no archive flag, so the date is kept"
                            + " for views to filter on");
            case "index" -> d.map("index").to(d.newColumn(ctx.columns.whole("BoardOrder", "Board order",
                    "Atomic CRM deals.index"))).via(Transform.NUMBER)
                    .high("the order within a Kanban column; kept so a view can sort by it");
            default -> CustomColumns.propose(c, d);
        }
    }

    private static void stage(TableDraft d, List<StageRule> stages) {
        String set = d.ctx.optionSets.dealStage();
        String col = d.newColumn(d.ctx.columns.choice("DealStage", "Deal stage", set, false, "Atomic CRM deal stage"));
        String unknown = stages.stream().map(StageRule::stage).filter(s -> !StageRules.known(s))
                .collect(Collectors.joining(", "));
        String why = "the stage is kept as a choice; it also sets sales stage, pipeline phase and probability"
                + " (Atomic CRM's own multipliers), and won/lost deals are closed with WinOpportunity/LoseOpportunity"
                + " as the last write (see settings.dealStages)";
        d.map("stage").to(col, "salesstage", "stepname", "closeprobability").via(Transform.STAGE).optionSet(set)
                .param("amount", "amount").param("closeDate", "updated_at")
                .done(unknown.isEmpty() ? Confidence.HIGH : Confidence.MEDIUM, unknown.isEmpty() ? why
                        : why + "; stages " + unknown + " have no meaning in Atomic CRM's code: give them a"
                                + " probability in settings.dealStages");
    }
}
