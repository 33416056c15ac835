package org.atomic2dynamics.mapping.record;

import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.dataverse.model.TableDef;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.TableMapping;

/** What compiling an entry may look at: the spec and the target tables as the schema setup leaves them. */
record CompileScope(MappingSpec spec, Map<String, TableDef> tables) {

    /** The entity set of a Dataverse table ("account" → "accounts"), used in bind paths. */
    String entitySet(String table) {
        TableDef def = tables.get(table);
        return def == null ? table + "s" : def.entitySetName();
    }

    /** The Dataverse table the rows of a source table go to (its first migrated mapping). */
    Optional<String> targetOf(String sourceTable) {
        return spec.mappingsOf(sourceTable).stream().filter(TableMapping::migrated).map(TableMapping::target)
                .findFirst();
    }

    Optional<OptionSetSpec> optionSet(String name) {
        return name == null ? Optional.empty() : spec.optionSet(name);
    }
}
