package org.atomic2dynamics.mapping.propose;

import org.atomic2dynamics.mapping.spec.Transform;

/** Entries every standard table shares: the Atomic CRM id, the owner, the creation date, plain text. */
final class Common {
    private Common() {
    }

    static void id(TableDraft d) {
        d.map("id").to(d.ctx.auditColumn().logicalName()).via(Transform.SOURCE_ID)
                .high("the Atomic CRM id, kept for audit and re-runs (alternate key); the record id is derived from it");
    }

    static void owner(TableDraft d) {
        d.map("sales_id").to("ownerid").via(Transform.OWNER)
                .high("the Atomic CRM user (sales) becomes the Dynamics owner through the owner map;"
                        + " records without one get the fallback owner");
    }

    static void createdOn(TableDraft d, String column) {
        d.map(column).to("overriddencreatedon").via(Transform.DATETIME)
                .high("the original creation date becomes Dynamics' Created On (overriddencreatedon)");
    }

    static void text(TableDraft d, String column, String target, String what) {
        d.map(column).to(target).high(what + "; a longer value is reported, never cut");
    }

    static void memo(TableDraft d, String column, String target, String what) {
        int max = d.ctx.targetColumn(d.target, target).map(c -> c.maxLength() == null ? 0 : c.maxLength()).orElse(0);
        d.map(column).to(target).medium(what + "; Dynamics holds " + max + " characters here, a longer text is"
                + " reported, not cut (set truncate: true to cut it, or raise the column's length first)");
    }

    static void url(TableDraft d, String column, String name, String display) {
        String target = d.newColumn(d.ctx.columns.url(name, display, "Atomic CRM " + column));
        d.map(column).to(target).via(Transform.URL).high("no standard column for it; normalised to an absolute URL");
    }

    static void picture(TableDraft d, String column, String name, String display) {
        String target = d.newColumn(d.ctx.columns.url(name, display, "Atomic CRM " + column + ".src"));
        d.map(column).to(target).via(Transform.JSON_FIELD).param("field", "src")
                .lossy("only the picture's URL is kept (its title, storage path and type are not), and the picture"
                        + " is not copied into the record image")
                .medium("the picture is a JSON file reference; its URL is what a person can follow");
    }
}
