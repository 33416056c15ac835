package org.atomic2dynamics.source.read;

import java.util.Map;
import java.util.Set;
import org.atomic2dynamics.core.port.SourceReader;

/** Atomic CRM's own public tables, and the names older generations gave them. */
public final class StandardTables {
    /** Physical (pre-2026-01) name → logical name. */
    public static final Map<String, String> RENAMED_TABLES = Map.of("contactNotes", "contact_notes",
            "dealNotes", "deal_notes");
    /** Tables of the app that hold no CRM records: read for configuration, never migrated as records. */
    public static final Set<String> INTERNAL = Set.of("configuration", "favicons_excluded_domains");

    private StandardTables() {
    }

    public static String logicalName(String physical) {
        return RENAMED_TABLES.getOrDefault(physical, physical);
    }

    public static boolean isStandard(String logical) {
        return SourceReader.STANDARD_TABLES.contains(logical) || INTERNAL.contains(logical);
    }
}
