package org.atomic2dynamics.mapping.propose;

import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.mapping.spec.RoutingRule;
import org.atomic2dynamics.mapping.spec.Transform;
import org.atomic2dynamics.mapping.spec.When;

/**
 * contacts → contact or lead, by the routing rule. Both mappings describe every column; a lead also gets a
 * topic (subject) and the company name, and has no gender or parent-customer column of its own.
 */
final class ContactRules {
    static final String CONTACT = "contact";
    static final String LEAD = "lead";

    private ContactRules() {
    }

    static List<TableDraft> propose(TableInfo table, ProposalContext ctx) {
        boolean leads = ctx.leads();
        boolean contacts = !RoutingRule.ALL_LEADS.equals(ctx.input.settings().routing().mode()) || !leads;
        List<TableDraft> drafts = new ArrayList<>();
        if (contacts) {
            drafts.add(new TableDraft(table, CONTACT, leads ? When.routedAs(CONTACT) : null,
                    leads ? "contacts with a live deal or a contract become contacts (see contactRouting)"
                            : "every contact becomes a contact", true, ctx));
        }
        if (leads) {
            drafts.add(new TableDraft(table, LEAD, contacts ? When.routedAs(LEAD) : null,
                    "the other contacts become leads (see contactRouting)", true, ctx));
        }
        for (TableDraft d : drafts) {
            table.columns().forEach(c -> column(c, d));
            if (d.target.equals(LEAD)) {
                d.derive("first_name", "last_name").to("subject").via(Transform.FULL_NAME)
                        .high("a lead needs a topic; it gets the person's name");
                d.derive("company_id").to("companyname").via(Transform.COMPANY_NAME)
                        .high("a lead carries its company's name as text");
            }
        }
        return drafts;
    }

    private static void column(ColumnInfo c, TableDraft d) {
        boolean lead = d.target.equals(LEAD);
        ProposalContext ctx = d.ctx;
        switch (c.name()) {
            case "id" -> Common.id(d);
            case "sales_id" -> Common.owner(d);
            case "first_seen" -> Common.createdOn(d, "first_seen");
            case "first_name" -> Common.text(d, "first_name", "firstname", "first name");
            case "last_name" -> Common.text(d, "last_name", "lastname", "last name");
            case "title" -> Common.text(d, "title", "jobtitle", "job title");
            case "background" -> Common.memo(d, "background", "description", "background");
            case "linkedin_url" -> Common.url(d, "linkedin_url", "LinkedInUrl", "LinkedIn");
            case "avatar" -> Common.picture(d, "avatar", "AvatarUrl", "Avatar URL");
            case "last_seen" -> d.map("last_seen").to(d.newColumn(ctx.columns.dateTime("LastSeen", "Last seen",
                    "UserLocal", "Atomic CRM last_seen"))).via(Transform.DATETIME)
                    .high("last activity date; Dynamics has no column for it");
            case "has_newsletter" -> d.map("has_newsletter").to("donotbulkemail").via(Transform.INVERT)
                    .high("newsletter consent is the opposite of 'do not bulk email'");
            case "gender" -> gender(d, lead);
            case "status" -> status(d, lead);
            case "tags" -> tags(d);
            case "company_id" -> company(d, lead);
            case "email_jsonb" -> emails(d);
            case "phone_jsonb" -> phones(d);
            default -> CustomColumns.propose(c, d);
        }
    }

    private static void gender(TableDraft d, boolean lead) {
        String set = d.ctx.optionSets.gender();
        String col = d.newColumn(d.ctx.columns.choice("Gender", "Gender (pronouns)", set, false, "Atomic CRM gender"));
        if (lead) {
            d.map("gender").to(col).via(Transform.CHOICE).optionSet(set)
                    .high("leads have no gender column; the value is kept as a choice");
            return;
        }
        d.map("gender").to("gendercode", col).via(Transform.CHOICE).optionSet(set).value("male", 1)
                .value("female", 2)
                .medium("Atomic CRM records pronouns (He/Him, She/Her, They/Them): He/Him and She/Her set Male and"
                        + " Female, and every value, They/Them included, is kept as a choice of its own");
    }

    private static void status(TableDraft d, boolean lead) {
        String set = d.ctx.optionSets.noteStatus();
        String col = d.newColumn(d.ctx.columns.choice("ContactStatus", "Status", set, false,
                "Atomic CRM contact status (from the latest note)"));
        TableDraft.Entry e = d.map("status").via(Transform.CHOICE).optionSet(set);
        if (lead) {
            e.to(col, "leadqualitycode").value("hot", 1).value("warm", 2).value("cold", 3)
                    .high("the status of the latest note, as a choice; hot/warm/cold also set the lead's rating");
        } else {
            e.to(col).high("the status of the latest note, as a choice with the configured labels");
        }
    }

    private static void tags(TableDraft d) {
        String set = d.ctx.optionSets.tag();
        String col = d.newColumn(d.ctx.columns.choice("Tags", "Tags", set, true, "Atomic CRM tags"));
        d.map("tags").to(col).via(Transform.MULTI_CHOICE).optionSet(set)
                .high("tag ids become the options of the Tags multi-select choice");
    }

    private static void company(TableDraft d, boolean lead) {
        TableDraft.Entry e = d.map("company_id").via(Transform.LOOKUP).param("table", "companies");
        if (lead) {
            e.to("parentaccountid").param("navigation", "parentaccountid")
                    .high("the company becomes the lead's parent account");
        } else {
            e.to("parentcustomerid").param("navigation", "parentcustomerid_account")
                    .high("the company becomes the contact's account");
        }
    }

    private static void emails(TableDraft d) {
        String more = d.newColumn(d.ctx.columns.memo("MoreEmails", "More emails",
                "Atomic CRM email addresses that do not fit Email 1-3"));
        d.map("email_jsonb").to("emailaddress1", "emailaddress2", "emailaddress3", more).via(Transform.EMAILS)
                .param("order", "Work,Home,Other")
                .lossy("Dynamics has no email type: the type of the three addresses placed in Email 1-3 is not kept")
                .high("addresses fill Email 1-3, Work first, then Home, then Other; further or invalid addresses"
                        + " are kept with their type in " + more);
    }

    private static void phones(TableDraft d) {
        String more = d.newColumn(d.ctx.columns.memo("MorePhones", "More phones",
                "Atomic CRM phone numbers that do not fit the phone columns"));
        d.map("phone_jsonb").to("telephone1", "telephone2", "telephone3", "mobilephone", more)
                .via(Transform.PHONES).value("Work", "telephone1").value("Home", "telephone2")
                .value("Other", "telephone3")
                .lossy("a second number of one type goes to the next free phone column and loses its type")
                .high("each number goes to its type's column (Work → Business Phone, Home → Home Phone, Other →"
                        + " Phone 3), then to a free one; numbers that do not fit are kept"
                        + " with their type in " + more);
    }
}
