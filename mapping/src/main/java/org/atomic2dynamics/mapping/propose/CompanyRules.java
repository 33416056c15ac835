package org.atomic2dynamics.mapping.propose;

import java.util.List;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.mapping.spec.Transform;

/** companies → account. */
final class CompanyRules {
    /** Sectors with an unmistakable Dynamics industry (industrycode options); edit valueMap for the rest. */
    private static final List<String[]> INDUSTRIES = List.of(new String[] {"financials", "16"},
            new String[] {"real-estate", "29"}, new String[] {"utilities", "31"});

    private CompanyRules() {
    }

    static List<TableDraft> propose(TableInfo table, ProposalContext ctx) {
        TableDraft d = new TableDraft(table, "account", null, "companies are accounts", true, ctx);
        for (ColumnInfo c : table.columns()) {
            column(c, d);
        }
        d.derive("revenue").to("transactioncurrencyid").via(Transform.CURRENCY)
                .high("money columns are in the configured currency (" + ctx.configuration().currency() + ")");
        return List.of(d);
    }

    private static void column(ColumnInfo c, TableDraft d) {
        ProposalContext ctx = d.ctx;
        switch (c.name()) {
            case "id" -> Common.id(d);
            case "created_at" -> Common.createdOn(d, "created_at");
            case "sales_id" -> Common.owner(d);
            case "name" -> Common.text(d, "name", "name", "the account name");
            case "phone_number" -> Common.text(d, "phone_number", "telephone1", "main phone");
            case "address" -> Common.text(d, "address", "address1_line1", "street address");
            case "zipcode" -> Common.text(d, "zipcode", "address1_postalcode", "postal code");
            case "city" -> Common.text(d, "city", "address1_city", "city");
            case "state_abbr" -> Common.text(d, "state_abbr", "address1_stateorprovince", "state or province");
            case "country" -> Common.text(d, "country", "address1_country", "country");
            case "description" -> Common.memo(d, "description", "description", "description");
            case "website" -> d.map("website").to("websiteurl").via(Transform.URL)
                    .high("website, normalised to an absolute http(s) URL");
            case "linkedin_url" -> Common.url(d, "linkedin_url", "LinkedInUrl", "LinkedIn");
            case "logo" -> Common.picture(d, "logo", "LogoUrl", "Logo URL");
            case "sector" -> sector(d);
            case "size" -> size(d);
            case "revenue" -> revenue(d);
            case "tax_identifier" -> d.map("tax_identifier")
                    .to(d.newColumn(ctx.columns.text("TaxIdentifier", "Tax identifier", 100, "Text",
                            "Atomic CRM companies.tax_identifier")))
                    .medium("no standard tax id column; a longer value than 100 characters is reported");
            case "context_links" -> d.map("context_links")
                    .to(d.newColumn(ctx.columns.memo("ContextLinks", "Context links", "Atomic CRM context_links")))
                    .via(Transform.LINES).high("a JSON list of URLs, kept one per line");
            default -> CustomColumns.propose(c, d);
        }
    }

    private static void sector(TableDraft d) {
        String set = d.ctx.optionSets.companySector();
        String col = d.newColumn(d.ctx.columns.choice("Sector", "Sector", set, false, "Atomic CRM sector"));
        TableDraft.Entry e = d.map("sector").to(col, "industrycode").via(Transform.CHOICE).optionSet(set);
        INDUSTRIES.forEach(p -> e.value(p[0], p[1]));
        e.medium("the sector keeps its own choice (labels from the configuration); the Dynamics industry code"
                + " is set only where one clearly matches — add sectors to valueMap to set more");
    }

    private static void size(TableDraft d) {
        String set = d.ctx.optionSets.companySize();
        String col = d.newColumn(d.ctx.columns.choice("CompanySize", "Company size", set, false,
                "Atomic CRM size class"));
        TableDraft.Entry e = d.map("size").to("numberofemployees", col).via(Transform.SIZE_CLASS).optionSet(set);
        AtomicFacts.SIZE_LOWER_BOUNDS.forEach(e::value);
        e.lossy("Atomic CRM stores a size class, not a head count: Number of Employees gets the class's lower"
                + " bound, the class itself is kept as a choice")
                .medium("size class → head count (lower bound of the class) plus the class as an option");
    }

    private static void revenue(TableDraft d) {
        String text = d.newColumn(d.ctx.columns.text("RevenueText", "Revenue (as written)", 100, "Text",
                "Atomic CRM revenue text"));
        d.map("revenue").to("revenue", text).via(Transform.REVENUE)
                .medium("free text such as \"$1M\" or \"1.5 B\" becomes money where it parses; the text as written"
                        + " is always kept as well");
    }
}
