package org.atomic2dynamics.emulator;

import java.util.HashMap;
import java.util.Map;
import org.atomic2dynamics.emulator.actions.CloseOpportunity;
import org.atomic2dynamics.emulator.actions.Publish;
import org.atomic2dynamics.emulator.actions.WhoAmI;
import org.atomic2dynamics.emulator.api.ApiDispatcher;
import org.atomic2dynamics.emulator.api.BoundActions;
import org.atomic2dynamics.emulator.api.EntitySetHandler;
import org.atomic2dynamics.emulator.api.Operation;
import org.atomic2dynamics.emulator.api.Urls;
import org.atomic2dynamics.emulator.batch.BatchHandler;
import org.atomic2dynamics.emulator.bulk.BulkMessages;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.data.Crud;
import org.atomic2dynamics.emulator.metadata.KeyActivator;
import org.atomic2dynamics.emulator.metadata.MetadataApi;
import org.atomic2dynamics.emulator.metadata.MetadataRegistry;
import org.atomic2dynamics.emulator.seed.Seeder;

/** Builds the request handlers of one emulator; the only place that knows them all. */
final class Wiring {
    private Wiring() {
    }

    static ApiDispatcher dispatcher(Backend backend, Urls urls, MetadataRegistry registry, KeyActivator activator,
                                    Seeder seeder) {
        Crud crud = new Crud(backend);
        Map<String, BoundActions.Action> bound = new HashMap<>(new BulkMessages(backend, crud, urls).actions());
        EntitySetHandler sets = new EntitySetHandler(backend, crud, urls, new BoundActions(bound));
        Map<String, Operation> operations = new HashMap<>();
        operations.put("WhoAmI", new WhoAmI(backend, urls));
        operations.put("WinOpportunity", new CloseOpportunity(backend, crud, true));
        operations.put("LoseOpportunity", new CloseOpportunity(backend, crud, false));
        operations.put("PublishXml", new Publish(false));
        operations.put("PublishAllXml", new Publish(true));
        operations.putAll(new MetadataApi(backend, registry, urls, activator, seeder).operations());
        ApiDispatcher dispatcher = new ApiDispatcher(backend, operations, sets);
        operations.put("$batch", new BatchHandler(backend, dispatcher));
        return dispatcher;
    }
}
