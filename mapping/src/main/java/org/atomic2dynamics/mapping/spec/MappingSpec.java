package org.atomic2dynamics.mapping.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole field-level map: what each source table and column becomes in Dataverse. It is the content of
 * the mapping file a person confirms; nothing moves that it does not describe.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MappingSpec(
        int format,
        SourceInfo source,
        MappingSettings settings,
        List<OptionSetSpec> optionSets,
        List<TableMapping> tables) {

    /** The file format this code reads and writes. */
    public static final int FORMAT = 1;

    public MappingSpec {
        optionSets = optionSets == null ? List.of() : List.copyOf(optionSets);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public Optional<OptionSetSpec> optionSet(String name) {
        return optionSets.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** Every mapping of one source table, in file order (the first whose condition holds wins). */
    public List<TableMapping> mappingsOf(String sourceTable) {
        return tables.stream().filter(t -> t.source().equals(sourceTable)).toList();
    }

    /** The Dataverse tables records are written to. */
    public List<String> targetTables() {
        return tables.stream().map(TableMapping::target).filter(t -> t != null && !t.isEmpty()).distinct().toList();
    }

    /** Every column to create, with the table it belongs to; what the schema setup needs. */
    public Stream<TableColumn> newColumns() {
        return tables.stream().filter(TableMapping::migrated)
                .flatMap(t -> t.newColumns().stream().map(c -> new TableColumn(t.target(), c)))
                .distinct();
    }

    /** A new column and the Dataverse table it goes on. */
    public record TableColumn(String table, NewColumn column) {
    }
}
