package org.atomic2dynamics.mapping.propose;

import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.dataverse.model.TableDef;

/**
 * Everything the proposer looks at: the logical source schema (as the reader presents it), the effective
 * configuration, the schema generation, the target tables (reference facts or live metadata), row counts
 * per source table, the tags (their rows become options), and the settings.
 */
public record ProposalInput(
        SchemaSnapshot logicalSchema,
        EffectiveConfiguration configuration,
        SchemaGeneration generation,
        Map<String, TableDef> targetTables,
        Map<String, Long> rowCounts,
        List<TagValue> tags,
        ProposalSettings settings) {

    public ProposalInput {
        rowCounts = rowCounts == null ? Map.of() : Map.copyOf(rowCounts);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
