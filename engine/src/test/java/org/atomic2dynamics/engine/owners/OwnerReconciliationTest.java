package org.atomic2dynamics.engine.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.port.TargetDirectory;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetTeam;
import org.atomic2dynamics.core.target.TargetUser;
import org.junit.jupiter.api.Test;

class OwnerReconciliationTest {
    private static final UUID JANE = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();
    private static final UUID UPN = UUID.randomUUID();
    private static final UUID TEAM = UUID.randomUUID();

    /** The users and teams as a Dataverse environment would list them. */
    private record Directory(List<TargetUser> users, List<TargetTeam> teams) implements TargetDirectory {
    }

    private final Directory directory = new Directory(List.of(
            new TargetUser(JANE, "Jane Doe", "Jane.Doe@Atomic.dev", "jane@corp.onmicrosoft.com", false, false),
            new TargetUser(BOB, "Bob Old", "bob@atomic.dev", "bob@atomic.dev", true, false),
            new TargetUser(UPN, "Ann Upn", null, "ann@atomic.dev", false, false)),
            List.of(new TargetTeam(TEAM, "Sales Team")));

    private final List<SourceOwner> owners = List.of(
            new SourceOwner(0, "Jane", "Doe", "jane.doe@atomic.dev", false),
            new SourceOwner(1, "Bob", "Old", "bob@atomic.dev", true),
            new SourceOwner(2, "Ann", "Upn", "ann@atomic.dev", false),
            new SourceOwner(3, "Max", "Gone", "max@atomic.dev", false));

    private final Map<Long, Map<String, Long>> owned = Map.of(
            0L, Map.of("companies", 5L, "deals", 2L),
            1L, Map.of("tasks", 7L),
            3L, Map.of("contacts", 4L),
            OwnerQueue.NO_OWNER_KEY, Map.of("tasks", 1L));

    @Test
    void matchesByEmailThenDomainNameIgnoringCase() {
        OwnerQueue queue = new OwnerReconciliation(directory).reconcile(owners, owned, null);
        assertThat(queue.assignee(0L)).contains(new EntityRef("systemusers", JANE));
        assertThat(queue.assignee(2L)).contains(new EntityRef("systemusers", UPN));
        assertThat(queue.lines().get(2).match()).isEqualTo(Match.DOMAINNAME);
    }

    @Test
    void withoutFallbackDisabledMissingAndOwnerlessRecordsAreHeldAndBlockTheLoad() {
        OwnerQueue queue = new OwnerReconciliation(directory).reconcile(owners, owned, null);
        assertThat(queue.assignee(1L)).isEmpty();
        assertThat(queue.assignee(3L)).isEmpty();
        assertThat(queue.assignee(null)).isEmpty();
        assertThat(queue.needingAttention()).extracting(OwnerLine::match)
                .containsExactly(Match.EMAIL, Match.MISSING, Match.NO_OWNER);
        assertThat(queue.needingAttention().get(0).matchedUserDisabled()).isTrue();
        assertThat(queue.blocksLoad()).isTrue();
    }

    @Test
    void aFallbackTeamTakesEveryUnresolvedRecord() {
        OwnerQueue queue = new OwnerReconciliation(directory).reconcile(owners, owned, "sales team");
        EntityRef team = new EntityRef("teams", TEAM);
        assertThat(queue.assignee(1L)).contains(team);
        assertThat(queue.assignee(3L)).contains(team);
        assertThat(queue.assignee(null)).contains(team);
        assertThat(queue.blocksLoad()).isFalse();
        assertThat(queue.needingAttention()).hasSize(3).allMatch(l -> l.resolution() == Resolution.FALLBACK);
    }

    @Test
    void ownersOfNothingNeedNoAttention() {
        OwnerQueue queue = new OwnerReconciliation(directory).reconcile(owners, Map.of(), null);
        assertThat(queue.needingAttention()).isEmpty();
        assertThat(queue.blocksLoad()).isFalse();
    }

    @Test
    void salesIdsWithoutASalesRowAreListed() {
        OwnerQueue queue = new OwnerReconciliation(directory).reconcile(owners, Map.of(99L, Map.of("tasks", 3L)), null);
        assertThat(queue.lines()).anySatisfy(l -> {
            assertThat(l.owner().salesId()).isEqualTo(99L);
            assertThat(l.match()).isEqualTo(Match.MISSING);
            assertThat(l.total()).isEqualTo(3L);
        });
    }

    @Test
    void aDisabledOrUnknownFallbackIsRefused() {
        var rec = new OwnerReconciliation(directory);
        assertThatThrownBy(() -> rec.reconcile(owners, owned, "bob@atomic.dev"))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OWNERS_UNRESOLVED));
        assertThatThrownBy(() -> rec.reconcile(owners, owned, "nobody@x.dev"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("neither a user's email nor a team");
    }
}
