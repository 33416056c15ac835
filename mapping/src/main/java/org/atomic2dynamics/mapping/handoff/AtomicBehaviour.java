package org.atomic2dynamics.mapping.handoff;

import java.util.List;

/**
 * What Atomic CRM does in code (database triggers, edge functions, UI defaults; ATOMIC-CRM.md §1.3, §2-§5)
 * that Dynamics will not do by itself after the migration, with what to build instead.
 */
final class AtomicBehaviour {
    /** One behaviour: what Atomic CRM did, where, and what the Dynamics admin builds instead. */
    record Item(String behaviour, String where, String instead) {
        String line() {
            return "**" + behaviour + "** (" + where + ") — " + instead;
        }
    }

    static final List<Item> ITEMS = List.of(
            new Item("Owner defaults to the creating user", "trigger set_sales_id_default",
                    "Dynamics does this itself (a new record's owner is its creator); nothing to build"),
            new Item("Email addresses are lower-cased on save", "trigger lowercase_email_jsonb",
                    "Power Automate flow on contact/lead create and update that lower-cases emailaddress1-3"),
            new Item("Last seen moves to the date of the newest note", "trigger handle_contact_note_created_or_updated",
                    "Power Automate flow on note (annotation) create regarding a contact or lead: set Last seen"
                            + " (atm_lastseen) when the note is newer"),
            new Item("A contact's status becomes the status of its latest note", "notes/NoteCreate.tsx",
                    "Power Automate flow on note create: read the status from the note title (\"Status: …\") and set"
                            + " the contact's Status (atm_contactstatus)"),
            new Item("Company logo defaults to the website's favicon, except for webmail domains",
                    "trigger handle_company_saved, table favicons_excluded_domains",
                    "optional flow filling Logo URL (atm_logourl) from the website; the excluded domains are not"
                            + " migrated"),
            new Item("Contact avatar defaults to the Gravatar of the email", "trigger handle_contact_saved",
                    "optional flow filling Avatar URL (atm_avatarurl)"),
            new Item("The first user becomes administrator", "trigger handle_new_user",
                    "assign Dynamics security roles to users; Atomic CRM administrators are listed in the owner"
                            + " reconciliation"),
            new Item("User names and emails follow the login account", "trigger handle_update_user",
                    "Dynamics users are synchronised from Microsoft Entra ID; nothing to build"),
            new Item("Deleting a note deletes its files", "triggers cleanup_note_attachments",
                    "Dynamics deletes a note's file with the note; nothing to build"),
            new Item("New deals start at stage Opportunity; new tasks have type None", "deals/DealInputs.tsx,"
                    + " tasks/TaskFormContent.tsx", "business rules setting the default of Deal stage (atm_dealstage)"
                            + " and Task type (atm_tasktype)"),
            new Item("Close probability follows the stage", "dashboard/DealsChart.tsx multipliers",
                    "business rule on opportunity: when Deal stage changes, set Probability and Sales Stage as in"
                            + " the stage table above"),
            new Item("Archived deals are hidden from the deal list", "deals list filter archived_at is null",
                    "a view \"Active opportunities\" filtering Archived on (atm_archivedon) is empty"),
            new Item("Deals are ordered within a Kanban column", "deals.index",
                    "views sorted by Board order (atm_boardorder)"),
            new Item("Counts of deals and contacts per company, pending tasks per contact",
                    "views companies_summary, contacts_summary", "rollup columns if people relied on them"),
            new Item("Merging duplicate contacts", "edge function merge_contacts",
                    "Dynamics duplicate detection rules and merge; nothing to migrate"),
            new Item("Inbound email creates contacts, companies and notes", "edge function postmark",
                    "server-side synchronisation / email tracking in Dynamics"),
            new Item("Stages and categories in use cannot be removed from the settings", "Settings page validation",
                    "option values in use should not be deleted from the option sets; tell the people who customise"
                            + " Dynamics"));

    private AtomicBehaviour() {
    }
}
