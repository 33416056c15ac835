package org.atomic2dynamics.engine.migrate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.atomic2dynamics.core.port.SourceReader;

/**
 * Counts the files notes refer to. This version moves notes without their files (they live in Supabase
 * Storage), so every run says how many were left behind instead of letting them vanish silently.
 */
public final class AttachmentsLeftBehind {
    private static final List<String> NOTE_TABLES = List.of("contact_notes", "deal_notes");

    private AttachmentsLeftBehind() {
    }

    /** The sentence for the run report, or empty when no note has a file. */
    public static Optional<String> note(SourceReader source) {
        long[] counts = new long[2];
        for (String table : NOTE_TABLES) {
            if (!source.tables().contains(table)) {
                continue;
            }
            source.read(table, 0, row -> {
                if (row.get("attachments") instanceof Collection<?> files && !files.isEmpty()) {
                    counts[0]++;
                    counts[1] += files.size();
                }
            });
        }
        if (counts[1] == 0) {
            return Optional.empty();
        }
        return Optional.of(counts[0] + " note(s) refer to " + counts[1] + " attached file(s) in Supabase Storage; the"
                + " notes arrived, the files were not moved (this version does not move attachments; the audit's"
                + " storage section lists them).");
    }
}
