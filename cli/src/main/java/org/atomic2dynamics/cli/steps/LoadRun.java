package org.atomic2dynamics.cli.steps;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.atomic2dynamics.cli.wiring.ClientActions;
import org.atomic2dynamics.cli.wiring.ClientTarget;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.dataverse.model.TableDef;
import org.atomic2dynamics.engine.ledger.Ledger;
import org.atomic2dynamics.engine.migrate.AttachmentsLeftBehind;
import org.atomic2dynamics.engine.migrate.Migration;
import org.atomic2dynamics.engine.migrate.MigrationInputs;
import org.atomic2dynamics.engine.owners.OwnerQueue;
import org.atomic2dynamics.engine.owners.OwnersCsv;
import org.atomic2dynamics.engine.run.RunReport;
import org.atomic2dynamics.mapping.record.MappingContext;
import org.atomic2dynamics.mapping.record.RecordMapper;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.SpecTables;

/**
 * Wires a load run: the confirmed map compiled, the context computed, the client behind the engine's ports.
 * Tables are as the map leaves them after the schema setup (its custom tables included); the client learns
 * a custom table's entity set and key from Dataverse's metadata on first use.
 */
public final class LoadRun {
    /** Rows per chunk: one writer call and one ledger transaction each. */
    public static final int CHUNK_SIZE = 1000;

    private LoadRun() {
    }

    public record Settings(String kind, String mappingHash, int chunkSize, boolean force) {
    }

    public static RunReport run(Settings settings, Ledger ledger, SourceReader source, MappingSpec spec,
            DataverseClient client, OwnerQueue owners, Consumer<String> progress, List<String> notes,
            Map<String, Object> sections) {
        TableNames names = TableNames.live(client);
        Map<String, TableDef> tables = SpecTables.resolve(spec, Planning.targetTables());
        ClientTarget target = new ClientTarget(client, names, WriterSettings.defaults());
        RecordMapper mapper = RecordMapper.compile(spec, Planning.targetTables());
        MappingContext context = LoadContextBuilder.build(spec, source, owners, target.reader());
        MigrationInputs inputs = new MigrationInputs(settings.kind(), ledger, source, spec, settings.mappingHash(),
                mapper, context, owners, target, new ClientActions(client, names),
                client.endpoint().baseUri().toString(), settings.chunkSize(), settings.force(), progress);
        // Every load run reports who owns what and which files stayed behind, whichever command started it.
        List<String> allNotes = new java.util.ArrayList<>(notes);
        allNotes.addAll(OwnersStep.notes(owners));
        AttachmentsLeftBehind.note(source).ifPresent(allNotes::add);
        Map<String, Object> allSections = new java.util.LinkedHashMap<>(sections);
        allSections.put("owners", OwnersCsv.rows(owners));
        return new Migration(inputs, tables).run(allNotes, allSections);
    }
}
