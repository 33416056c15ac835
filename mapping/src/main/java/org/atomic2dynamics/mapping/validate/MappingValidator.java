package org.atomic2dynamics.mapping.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.dataverse.model.TableDef;
import org.atomic2dynamics.mapping.file.Locations;
import org.atomic2dynamics.mapping.file.MappingDocument;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.SpecTables;

/**
 * Validates a map against the target tables and the source schema and reports every problem at once, each
 * on its line: unknown source or target columns, impossible type pairs, options without a label, lookups to
 * unmapped tables, duplicate target columns, columns left unaccounted for, names the schema setup would
 * refuse. Format problems found while reading the file come first.
 */
public final class MappingValidator {
    private MappingValidator() {
    }

    public static ValidationReport validate(MappingDocument doc, Map<String, TableDef> targetTables,
            SchemaSnapshot logicalSchema) {
        List<Problem> all = new ArrayList<>(doc.problems());
        if (doc.spec() != null) {
            all.addAll(check(doc.spec(), targetTables, logicalSchema, doc.locations()));
        }
        return new ValidationReport(doc.name(), all);
    }

    /** A spec without a file (lines are 0). {@code logicalSchema} may be null to skip source checks. */
    public static ValidationReport validate(MappingSpec spec, Map<String, TableDef> targetTables,
            SchemaSnapshot logicalSchema) {
        return new ValidationReport("mapping", check(spec, targetTables, logicalSchema, Locations.NONE));
    }

    private static List<Problem> check(MappingSpec spec, Map<String, TableDef> targetTables, SchemaSnapshot schema,
            Locations locations) {
        Problems p = new Problems(locations);
        if (spec.settings() == null) {
            p.add("/settings", "settings are missing", "add publisherPrefix, optionValuePrefix and auditColumn");
        }
        SpecChecks.optionSets(spec, p);
        TableChecks.tables(spec, SpecTables.resolve(spec, targetTables), schema, p);
        return p.list();
    }
}
