package org.atomic2dynamics.mapping.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.atomic2dynamics.mapping.spec.ColumnMapping;
import org.atomic2dynamics.mapping.spec.Confidence;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.TableMapping;

/** The comments of a written mapping file: what each section is for and which entries need a look. */
final class SpecComments {
    private SpecComments() {
    }

    static List<String> header(MappingSpec spec, String hash) {
        return List.of(
                "atomic2dynamics mapping: what every Atomic CRM table and column becomes in Dynamics 365 Sales.",
                "Read it, edit it, then confirm it; no record moves before. The format is described in",
                "docs/MAPPING.md and checked against mapping.schema.json. Any edit after confirmation is detected.",
                "Proposed content hash: " + hash,
                "");
    }

    static Function<String, List<String>> of(MappingSpec spec) {
        Map<String, List<String>> comments = new HashMap<>();
        comments.put("/settings", List.of("",
                "Settings for the whole map. publisherPrefix and optionValuePrefix must be those of your",
                "Dataverse publisher. contactRouting decides which contacts become leads."));
        comments.put("/optionSets", List.of("",
                "Global option sets (choices) the schema setup creates. A value is optionValuePrefix*10000+n;",
                "keep values stable once records are loaded. 'source' is the Atomic CRM value behind an option."));
        comments.put("/tables", List.of("",
                "One entry per source table; a table may have several, each with a 'when', first match wins.",
                "Every source column has an entry. An empty target means not migrated, and the reason says why.",
                "'lossy' says what Dynamics cannot hold exactly. Entries marked REVIEW need a person's decision."));
        for (int i = 0; i < spec.tables().size(); i++) {
            TableMapping t = spec.tables().get(i);
            comments.put("/tables/" + i, List.of("", "── " + t.label() + rowCount(t) + " ──"));
            for (int j = 0; j < t.columns().size(); j++) {
                List<String> notes = columnNotes(t.columns().get(j));
                if (!notes.isEmpty()) {
                    comments.put("/tables/" + i + "/columns/" + j, notes);
                }
            }
        }
        return pointer -> comments.getOrDefault(pointer, List.of());
    }

    private static String rowCount(TableMapping t) {
        return t.rows() == null ? "" : " · " + t.rows() + " rows";
    }

    private static List<String> columnNotes(ColumnMapping c) {
        List<String> notes = new ArrayList<>();
        if (c.confidence() == Confidence.LOW) {
            notes.add("REVIEW: " + c.label() + " needs a decision (see reason)");
        }
        if (c.hasLoss()) {
            notes.add("LOSSY: " + c.label());
        }
        return notes;
    }
}
