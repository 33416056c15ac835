package org.atomic2dynamics.source.generation;

import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.source.SchemaSnapshot;

/** Refuses a database that lacks Atomic CRM's core tables, before anything else is attempted on it. */
public final class AtomicCrmCheck {
    private static final List<String> CORE = List.of("sales", "tags", "companies", "contacts", "deals", "tasks");

    private AtomicCrmCheck() {
    }

    public static void require(SchemaSnapshot schema, String where) {
        List<String> missing = new ArrayList<>();
        for (String table : CORE) {
            if (schema.publicTable(table).isEmpty()) {
                missing.add(table);
            }
        }
        if (schema.publicTable("contact_notes").isEmpty() && schema.publicTable("contactNotes").isEmpty()) {
            missing.add("contact_notes");
        }
        if (missing.size() == CORE.size() + 1) {
            throw new MigrationException(ErrorCode.SOURCE_NOT_ATOMIC, where + " has no Atomic CRM tables in schema"
                    + " public", "point --source at the Supabase database of the Atomic CRM instance (database"
                    + " postgres), and connect as a role that can see schema public");
        }
        if (!missing.isEmpty()) {
            throw new MigrationException(ErrorCode.SOURCE_NOT_ATOMIC, where + " lacks the Atomic CRM tables "
                    + String.join(", ", missing), "check that this is the CRM's database and that this role may"
                    + " see those tables");
        }
    }
}
