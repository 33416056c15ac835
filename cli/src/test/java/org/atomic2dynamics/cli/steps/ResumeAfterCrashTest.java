package org.atomic2dynamics.cli.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.atomic2dynamics.cli.demo.EmulatorClients;
import org.atomic2dynamics.cli.wiring.ClientActions;
import org.atomic2dynamics.cli.wiring.ClientTarget;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.core.port.TargetWriter;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.core.target.WriteResult;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.write.WriterSettings;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.emulator.junit.EmulatorExtension;
import org.atomic2dynamics.engine.ledger.Ledger;
import org.atomic2dynamics.engine.migrate.Migration;
import org.atomic2dynamics.engine.migrate.MigrationInputs;
import org.atomic2dynamics.engine.owners.OwnerQueue;
import org.atomic2dynamics.engine.run.PhaseReport;
import org.atomic2dynamics.engine.run.RunReport;
import org.atomic2dynamics.mapping.propose.ProposalSettings;
import org.atomic2dynamics.mapping.record.RecordMapper;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.source.TestSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose process dies in the middle of a phase is resumed: the same run continues from the phase's
 * checkpoint, nothing is written twice as new, and the report reconciles as if nothing had happened.
 */
@ExtendWith(EmbeddedSourceExtension.class)
class ResumeAfterCrashTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    @TempDir
    Path dir;

    /** The real client, until the given write call: then the process "dies" (an Error nobody catches). */
    private record DyingWriter(TargetWriter real, AtomicInteger callsLeft) implements TargetWriter {
        @Override
        public List<WriteResult> upsert(String table, List<TargetRecord> records) {
            if (callsLeft.decrementAndGet() < 0) {
                throw new OutOfMemoryError("simulated crash");
            }
            return real.upsert(table, records);
        }

        @Override
        public WireCounters counters() {
            return real.counters();
        }
    }

    @Test
    void theSecondAttemptContinuesTheSameRunFromTheCheckpoint(EmbeddedSource postgres) {
        DataverseClient client = EmulatorClients.connect(EMULATOR.emulator());
        try (SourceReader source = TestSources.reader(postgres.database(DatabaseSpec.demo()));
                Ledger ledger = Ledger.open(dir.resolve("ledger.sqlite"), Clock.systemUTC())) {
            MappingSpec spec = Planning.propose(source, ProposalSettings.defaults("resume-test"));
            SchemaStep schema = new SchemaStep(client);
            schema.apply(schema.plan(spec), ledger, null);
            ClientTarget target = new ClientTarget(client, TableNames.standard(), WriterSettings.defaults());
            OwnerQueue owners = OwnersStep.reconcile(source, target, "atomic2dynamics");

            // chunks of 100 rows: the crash comes in the middle of the contacts (after companies and 2 chunks)
            assertThatThrownBy(() -> run(ledger, source, spec, client, owners, new DyingWriter(target, new AtomicInteger(3))))
                    .isInstanceOf(OutOfMemoryError.class);
            String crashedRun = ledger.runs().unfinished("migrate").orElseThrow().id();

            RunReport report = run(ledger, source, spec, client, owners, target);
            assertThat(report.run().id()).isEqualTo(crashedRun);
            assertThat(report.reconciles()).isTrue();
            assertThat(report.run().status()).isEqualTo("succeeded");
            long contactsCreated = report.phases().stream().filter(p -> p.sourceTable().equals("contacts"))
                    .mapToLong(p -> p.counts().created()).sum();
            assertThat(contactsCreated).isEqualTo(500L);
            PhaseReport companies = report.phases().stream().filter(p -> p.sourceTable().equals("companies"))
                    .findFirst().orElseThrow();
            assertThat(companies.counts().created()).isEqualTo(55L);
        }
    }

    private static RunReport run(Ledger ledger, SourceReader source, MappingSpec spec, DataverseClient client,
            OwnerQueue owners, TargetWriter writer) {
        MigrationInputs in = new MigrationInputs("migrate", ledger, source, spec, "hash-1",
                RecordMapper.compile(spec, Planning.targetTables()),
                LoadContextBuilder.build(spec, source, owners, new org.atomic2dynamics.dataverse.client.read.RecordReader(
                        client, TableNames.standard())),
                owners, writer, new ClientActions(client, TableNames.standard()), "emulator", 100, false, line -> { });
        return new Migration(in, Planning.targetTables()).run(List.of(), Map.of());
    }
}
