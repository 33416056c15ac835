package org.atomic2dynamics.emulator.metadata;

import java.util.Map;
import org.atomic2dynamics.emulator.api.Operation;
import org.atomic2dynamics.emulator.api.Urls;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.seed.Seeder;

/** The metadata endpoints by name, sharing one registry and one key activator. */
public final class MetadataApi {
    private final MetadataContext ctx;

    public MetadataApi(Backend backend, MetadataRegistry registry, Urls urls, KeyActivator activator, Seeder seeder) {
        this.ctx = new MetadataContext(backend, registry, new Prefixes(backend), new MetadataJson(registry), urls, activator,
                seeder);
    }

    public Map<String, Operation> operations() {
        return Map.of("EntityDefinitions", new EntityDefinitions(ctx),
                "GlobalOptionSetDefinitions", new GlobalOptionSets(ctx),
                "RelationshipDefinitions", new RelationshipDefinitions(ctx),
                "InsertOptionValue", new InsertOptionValue(ctx));
    }
}
