package org.atomic2dynamics.cli.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.dataverse.model.ReferenceTables;
import org.atomic2dynamics.dataverse.model.TableDef;
import org.atomic2dynamics.mapping.propose.ProposalInput;
import org.atomic2dynamics.mapping.propose.ProposalSettings;
import org.atomic2dynamics.mapping.propose.Proposer;
import org.atomic2dynamics.mapping.propose.TagValue;
import org.atomic2dynamics.mapping.spec.MappingSpec;

/** Proposes the map for a source: what the `plan` command and the demo both do first. */
public final class Planning {
    private Planning() {
    }

    public static MappingSpec propose(SourceReader source, ProposalSettings settings) {
        Map<String, Long> counts = new LinkedHashMap<>();
        source.tables().forEach(t -> counts.put(t, source.count(t)));
        List<TagValue> tags = new ArrayList<>();
        source.read("tags", 0, row -> tags.add(new TagValue(row.id(), row.string("name"), row.string("color"))));
        return Proposer.propose(new ProposalInput(source.logicalSchema(), source.configuration(), source.generation(),
                targetTables(), counts, tags, settings));
    }

    /** The standard tables' facts; new columns come from the map itself. */
    public static Map<String, TableDef> targetTables() {
        return ReferenceTables.load().all();
    }
}
