package org.atomic2dynamics.mapping.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.source.SourceRow;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.TableDef;
import org.atomic2dynamics.mapping.convert.ValueIssue;
import org.atomic2dynamics.mapping.spec.ColumnMapping;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.SpecTables;
import org.atomic2dynamics.mapping.spec.TableMapping;
import org.atomic2dynamics.mapping.spec.Transform;
import org.atomic2dynamics.mapping.validate.MappingValidator;

/**
 * The map, compiled once, as a pure function: {@link #map} turns a source row and the context computed
 * before the load into target records, follow-up writes and field issues. It does no I/O and keeps no
 * state between rows, so the engine may call it from several threads.
 */
public final class RecordMapper {
    private final Map<String, List<CompiledTable>> bySource;

    private RecordMapper(Map<String, List<CompiledTable>> bySource) {
        this.bySource = bySource;
    }

    /** Compiles the spec against the target tables; a spec with any validation problem is refused. */
    public static RecordMapper compile(MappingSpec spec, Map<String, TableDef> targetTables) {
        MappingValidator.validate(spec, targetTables, null).throwIfInvalid();
        CompileScope scope = new CompileScope(spec, SpecTables.resolve(spec, targetTables));
        Map<String, List<CompiledTable>> bySource = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (TableMapping t : spec.tables()) {
            List<CompiledEntry> entries = new ArrayList<>();
            if (t.migrated()) {
                t.columns().forEach(c -> compile(c, t, scope, problems).ifPresent(entries::add));
            }
            bySource.computeIfAbsent(t.source(), k -> new ArrayList<>()).add(new CompiledTable(t, entries));
        }
        if (!problems.isEmpty()) {
            throw new MigrationException(ErrorCode.MAPPING_INVALID, problems.size() + " mapping problem(s), first: "
                    + problems.get(0), "validate the mapping file to see every problem with its line");
        }
        return new RecordMapper(bySource);
    }

    private static Optional<CompiledEntry> compile(ColumnMapping c, TableMapping t, CompileScope scope,
            List<String> problems) {
        Optional<Transform> transform = Transform.of(c.transform());
        TableDef table = scope.tables().get(t.target());
        if (transform.isEmpty() || table == null) {
            problems.add(t.label() + " " + c.label() + ": " + (table == null ? "unknown target table " + t.target()
                    : "unknown transform " + c.transform()));
            return Optional.empty();
        }
        List<ColumnDef> targets = new ArrayList<>();
        for (String name : c.target()) {
            table.column(name).ifPresentOrElse(targets::add,
                    () -> problems.add(t.label() + " " + c.label() + ": unknown target column " + name));
        }
        return Optional.of(new CompiledEntry(c, targets, Transforms.compile(transform.get(), scope)));
    }

    /** Maps one row. Rows of tables that are not migrated come back without records, saying why. */
    public MappedRow map(SourceRow row, MappingContext ctx) {
        List<CompiledTable> tables = bySource.get(row.table());
        if (tables == null) {
            return unmapped(row, ValueIssue.NOT_MAPPED, "table " + row.table() + " is not in the mapping");
        }
        for (CompiledTable t : tables) {
            Optional<Boolean> applies = t.applies(row, ctx);
            if (applies.isEmpty()) {
                return unmapped(row, ValueIssue.UNKNOWN_REFERENCE, "contact " + row.id() + " has no routing");
            }
            if (applies.get()) {
                return t.mapping().migrated() ? t.map(row, ctx)
                        : new MappedRow(row.table(), row.id(), List.of(), List.of(), List.of(), t.mapping().reason());
            }
        }
        return unmapped(row, ValueIssue.NOT_MAPPED, "no mapping of " + row.table() + " applies to this row");
    }

    private static MappedRow unmapped(SourceRow row, ValueIssue kind, String message) {
        FieldIssue issue = new FieldIssue("", "", kind, message);
        return new MappedRow(row.table(), row.id(), List.of(), List.of(), List.of(issue), message);
    }
}
