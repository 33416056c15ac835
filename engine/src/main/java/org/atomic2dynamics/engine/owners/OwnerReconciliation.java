package org.atomic2dynamics.engine.owners;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.port.TargetDirectory;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetTeam;
import org.atomic2dynamics.core.target.TargetUser;

/**
 * Matches Atomic CRM sales users to Dynamics systemusers by email: internalemailaddress first, then
 * domainname, both ignoring case. Disabled or missing matches go to the fallback owner when one is given,
 * otherwise their records are held. Records nobody owns in Atomic CRM get the fallback too, or are held —
 * either way they are listed, never skipped.
 */
public final class OwnerReconciliation {
    private final TargetDirectory directory;

    public OwnerReconciliation(TargetDirectory directory) {
        this.directory = directory;
    }

    /** {@code owned}: per sales id (or {@link OwnerQueue#NO_OWNER_KEY}) the records it owns, per table. */
    public OwnerQueue reconcile(List<SourceOwner> owners, Map<Long, Map<String, Long>> owned, String fallbackSpec) {
        List<TargetUser> users = directory.users();
        Optional<EntityRef> fallback = Optional.ofNullable(fallbackSpec).filter(s -> !s.isBlank())
                .map(spec -> resolveFallback(spec, users, directory.teams()));
        List<OwnerLine> lines = new ArrayList<>();
        Set<Long> known = new TreeSet<>();
        for (SourceOwner owner : owners) {
            known.add(owner.salesId());
            lines.add(line(owner, users, owned.getOrDefault(owner.salesId(), Map.of()), fallback));
        }
        owned.forEach((salesId, counts) -> {
            if (!known.contains(salesId) && salesId != OwnerQueue.NO_OWNER_KEY) {
                lines.add(unmatched(SourceOwner.unknown(salesId), Match.MISSING, counts, fallback));
            }
        });
        Map<String, Long> nobody = owned.get(OwnerQueue.NO_OWNER_KEY);
        if (nobody != null) {
            lines.add(unmatched(null, Match.NO_OWNER, nobody, fallback));
        }
        return new OwnerQueue(lines, fallback.orElse(null), fallbackSpec);
    }

    private static OwnerLine line(SourceOwner owner, List<TargetUser> users, Map<String, Long> counts,
            Optional<EntityRef> fallback) {
        String email = lower(owner.email());
        Optional<TargetUser> byEmail = users.stream().filter(u -> email.equals(lower(u.internalEmail()))).findFirst();
        Optional<TargetUser> byDomain = users.stream().filter(u -> email.equals(lower(u.domainName()))).findFirst();
        Optional<TargetUser> match = byEmail.or(() -> byDomain);
        if (email.isEmpty() || match.isEmpty()) {
            return unmatched(owner, Match.MISSING, counts, fallback);
        }
        TargetUser user = match.get();
        Match how = byEmail.isPresent() ? Match.EMAIL : Match.DOMAINNAME;
        if (!user.disabled()) {
            return new OwnerLine(owner, how, user.fullName(), false, counts, Resolution.MATCHED_USER,
                    new EntityRef("systemusers", user.id()));
        }
        return new OwnerLine(owner, how, user.fullName(), true, counts,
                fallback.isPresent() ? Resolution.FALLBACK : Resolution.HELD, fallback.orElse(null));
    }

    private static OwnerLine unmatched(SourceOwner owner, Match match, Map<String, Long> counts,
            Optional<EntityRef> fallback) {
        return new OwnerLine(owner, match, null, false, counts,
                fallback.isPresent() ? Resolution.FALLBACK : Resolution.HELD, fallback.orElse(null));
    }

    private static EntityRef resolveFallback(String spec, List<TargetUser> users, List<TargetTeam> teams) {
        String wanted = lower(spec);
        Optional<TargetUser> user = users.stream()
                .filter(u -> wanted.equals(lower(u.internalEmail())) || wanted.equals(lower(u.domainName())))
                .findFirst();
        if (user.isPresent()) {
            if (user.get().disabled()) {
                throw new MigrationException(ErrorCode.OWNERS_UNRESOLVED, "the fallback owner " + spec + " is disabled",
                        "give an active user's email or a team name with --fallback-owner");
            }
            return new EntityRef("systemusers", user.get().id());
        }
        return teams.stream().filter(t -> wanted.equals(lower(t.name()))).findFirst()
                .map(t -> new EntityRef("teams", t.id()))
                .orElseThrow(() -> new MigrationException(ErrorCode.OWNERS_UNRESOLVED,
                        "the fallback owner " + spec + " is neither a user's email nor a team in Dynamics",
                        "give an active user's email or a team name with --fallback-owner"));
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
