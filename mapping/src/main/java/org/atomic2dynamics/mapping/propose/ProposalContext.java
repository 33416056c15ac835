package org.atomic2dynamics.mapping.propose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.TableDef;
import org.atomic2dynamics.mapping.spec.NewColumn;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.RoutingRule;

/** What every proposal rule needs: the input, how new things are named, and the option set names. */
final class ProposalContext {
    final ProposalInput input;
    final NewColumns columns;
    final OptionSetNames optionSets;
    private final List<OptionSetSpec> optionSetList = new ArrayList<>();
    private final Map<String, String> targets = new HashMap<>();

    ProposalContext(ProposalInput input) {
        this.input = input;
        this.columns = new NewColumns(input.settings().publisherPrefix());
        this.optionSets = new OptionSetNames(columns);
    }

    Optional<OptionSetSpec> optionSet(String name) {
        return optionSetList.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    void addOptionSet(OptionSetSpec set) {
        optionSetList.add(set);
    }

    List<OptionSetSpec> optionSetList() {
        return List.copyOf(optionSetList);
    }

    /** Records the Dataverse table a source table's rows go to, for lookups from other tables. */
    void targetOf(String sourceTable, String targetTable) {
        targets.put(sourceTable, targetTable);
    }

    Optional<String> targetOf(String sourceTable) {
        return Optional.ofNullable(targets.get(sourceTable));
    }

    EffectiveConfiguration configuration() {
        return input.configuration();
    }

    NewColumn auditColumn() {
        return columns.audit();
    }

    /** Whether some contacts may become leads (a lead table exists and the routing does not forbid it). */
    boolean leads() {
        return hasTable("lead") && !RoutingRule.ALL_CONTACTS.equals(input.settings().routing().mode());
    }

    boolean hasTable(String logicalName) {
        return input.targetTables().containsKey(logicalName);
    }

    Optional<ColumnDef> targetColumn(String table, String column) {
        TableDef def = input.targetTables().get(table);
        return def == null ? Optional.empty() : def.column(column);
    }

    Map<String, TableDef> targetTables() {
        return input.targetTables();
    }

    /** The names of the global option sets the proposal creates. */
    record OptionSetNames(String dealStage, String dealCategory, String taskType, String noteStatus,
            String companySector, String tag, String gender, String companySize) {

        OptionSetNames(NewColumns c) {
            this(c.logicalName("dealstage"), c.logicalName("dealcategory"), c.logicalName("tasktype"),
                    c.logicalName("notestatus"), c.logicalName("companysector"), c.logicalName("tag"),
                    c.logicalName("gender"), c.logicalName("companysize"));
        }
    }
}
