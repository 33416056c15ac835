package org.atomic2dynamics.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aChunkUpdatesEventsRecordsCountsAndCheckpointTogether() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.sqlite"), CLOCK)) {
            RunInfo run = ledger.runs().start("migrate", "h1", "demo", "http://x");
            ledger.runs().startPhase(run.id(), "companies", 1, "companies", "account");
            UUID a = UUID.randomUUID();
            ledger.records().record(run.id(), "companies", List.of(
                    RecordOutcome.written("companies", 1, "account", a, Outcome.CREATED, "hash-1"),
                    RecordOutcome.refused("companies", 2, "account", UUID.randomUUID(), Outcome.REJECTED, "0x80044331",
                            "name too long")), 2L);
            ledger.runs().finishPhase(run.id(), "companies", 2, RunInfo.SUCCEEDED);

            PhaseRecord phase = ledger.runs().phase(run.id(), "companies").orElseThrow();
            assertThat(phase.counts()).isEqualTo(new PhaseCounts(2, 1, 0, 0, 1, 0));
            assertThat(phase.counts().balances()).isTrue();
            assertThat(phase.checkpoint()).isEqualTo(2L);
            assertThat(ledger.records().hashes("companies", "account")).containsOnlyKeys(1L).containsEntry(1L, "hash-1");
            assertThat(ledger.records().events(run.id(), Outcome.REJECTED)).singleElement()
                    .satisfies(o -> assertThat(o.reason()).isEqualTo("name too long"));
        }
    }

    @Test
    void survivesReopeningAndFindsTheUnfinishedRun() {
        Path file = dir.resolve("l.sqlite");
        String id;
        try (Ledger ledger = Ledger.open(file, CLOCK)) {
            id = ledger.runs().start("migrate", "h", "demo", "t").id();
        }
        try (Ledger ledger = Ledger.open(file, CLOCK)) {
            assertThat(ledger.runs().unfinished("migrate")).get().extracting(RunInfo::id).isEqualTo(id);
            ledger.runs().finish(id, RunInfo.SUCCEEDED);
            assertThat(ledger.runs().unfinished("migrate")).isEmpty();
        }
    }

    @Test
    void theNewestConfirmationCounts() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.sqlite"), CLOCK)) {
            ledger.confirmations().confirm("/m.yaml", "aaa", "ana");
            ledger.confirmations().confirm("/m.yaml", "bbb", "ben");
            assertThat(ledger.confirmations().latest("/m.yaml")).get().extracting(Confirmation::hash).isEqualTo("bbb");
            assertThat(ledger.confirmations().latest("/other.yaml")).isEmpty();
        }
    }

    @Test
    void aFailedChunkLeavesNoTrace() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.sqlite"), CLOCK)) {
            RunInfo run = ledger.runs().start("migrate", "h", "demo", "t");
            ledger.runs().startPhase(run.id(), "p", 1, "companies", "account");
            // a written outcome without a target id cannot be stored: the whole chunk must roll back
            var bad = new RecordOutcome("companies", 2, "account", null, Outcome.CREATED, "h2", null, null);
            var good = RecordOutcome.written("companies", 1, "account", UUID.randomUUID(), Outcome.CREATED, "h1");
            assertThatThrownBy(() -> ledger.records().record(run.id(), "p", List.of(good, bad), 2L))
                    .isInstanceOf(RuntimeException.class);
            assertThat(ledger.records().hashes("companies", "account")).isEmpty();
            assertThat(ledger.runs().phase(run.id(), "p").orElseThrow().counts().created()).isZero();
        }
    }

    @Test
    void anUnwritableLocationIsALedgerError() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> Ledger.open(blocker.resolve("sub/l.sqlite"), CLOCK))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LEDGER));
    }
}
