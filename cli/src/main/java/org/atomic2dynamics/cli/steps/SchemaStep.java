package org.atomic2dynamics.cli.steps;

import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.schema.CreatedItem;
import org.atomic2dynamics.dataverse.client.schema.SchemaPlan;
import org.atomic2dynamics.dataverse.client.schema.SchemaRequirements;
import org.atomic2dynamics.dataverse.client.schema.SchemaResult;
import org.atomic2dynamics.dataverse.client.schema.SchemaSetup;
import org.atomic2dynamics.engine.ledger.Ledger;
import org.atomic2dynamics.engine.schema.SchemaNeeds;
import org.atomic2dynamics.mapping.spec.MappingSpec;

/** Destination schema from a map: plan it, and on request apply it and journal what was created. */
public final class SchemaStep {
    private final SchemaSetup setup;

    public SchemaStep(DataverseClient client) {
        this.setup = new SchemaSetup(client);
    }

    public static SchemaRequirements requirements(MappingSpec spec) {
        SchemaNeeds needs = SchemaNeeds.of(spec);
        var publisher = new SchemaRequirements.Publisher("atomic2dynamics", "Atomic CRM migration",
                spec.settings().publisherPrefix(), spec.settings().optionValuePrefix());
        return new SchemaRequirements(publisher, SchemaRequirements.Solution.atomic(), needs.optionSets(),
                needs.tables(), needs.columns(), needs.keys());
    }

    public SchemaPlan plan(MappingSpec spec) {
        return setup.plan(requirements(spec));
    }

    public SchemaResult apply(SchemaPlan plan, Ledger ledger, String runId) {
        SchemaResult result = setup.apply(plan);
        for (CreatedItem item : result.created()) {
            ledger.schema().created(runId, item.kind().name().toLowerCase(java.util.Locale.ROOT), item.name(), item.toString());
        }
        return result;
    }
}
