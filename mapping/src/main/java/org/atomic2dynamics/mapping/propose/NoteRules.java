package org.atomic2dynamics.mapping.propose;

import java.util.List;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.mapping.spec.Confidence;
import org.atomic2dynamics.mapping.spec.Transform;

/**
 * contact_notes and deal_notes → annotation. Notes (annotation) cannot take custom columns in Dataverse, so
 * they get no audit column — their deterministic id identifies them — and a contact note's status goes into
 * the note's title. Custom columns of a notes table are appended to the note text.
 */
final class NoteRules {
    private NoteRules() {
    }

    static List<TableDraft> propose(TableInfo table, ProposalContext ctx) {
        boolean contactNotes = table.name().equals("contact_notes");
        TableDraft d = new TableDraft(table, "annotation", null, contactNotes
                ? "contact notes are notes regarding their contact or lead"
                : "deal notes are notes regarding their opportunity", false, ctx);
        for (ColumnInfo c : table.columns()) {
            column(c, d);
        }
        return List.of(d);
    }

    private static void column(ColumnInfo c, TableDraft d) {
        switch (c.name()) {
            case "id" -> d.skip("id", Confidence.HIGH, "notes cannot take custom columns; the note's id is derived"
                    + " from the Atomic CRM id, which identifies it on every re-run");
            case "sales_id" -> Common.owner(d);
            case "date" -> Common.createdOn(d, "date");
            case "text" -> d.map("text").to("notetext").high("the note's text (up to 100,000 characters)");
            case "contact_id" -> d.map("contact_id").to("objectid").via(Transform.CONTACT_LOOKUP)
                    .param("contact", "objectid_contact").param("lead", "objectid_lead")
                    .high("regarding the contact, or the lead when the contact was routed as a lead");
            case "deal_id" -> d.map("deal_id").to("objectid").via(Transform.LOOKUP).param("table", "deals")
                    .param("navigation", "objectid_opportunity").high("regarding the deal's opportunity");
            case "status" -> d.map("status").to("subject").via(Transform.CHOICE_LABEL)
                    .optionSet(d.ctx.optionSets.noteStatus()).param("template", "Status: {label}")
                    .high("notes cannot take a status column; the status label becomes the note's title");
            case "type" -> d.map("type").to("subject").via(Transform.TEXT)
                    .high("a legacy column the app never writes; kept as the note's title when set");
            case "attachments" -> d.skip("attachments", Confidence.HIGH, "not moved by this version: the files live in"
                    + " Supabase Storage; every run report counts the references left behind and the audit lists them");
            default -> CustomColumns.propose(c, d);
        }
    }
}
