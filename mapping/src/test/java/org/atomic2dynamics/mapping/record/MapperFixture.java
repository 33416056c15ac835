package org.atomic2dynamics.mapping.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.atomic2dynamics.core.ids.DeterministicIds;
import org.atomic2dynamics.core.source.SourceRow;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.mapping.AtomicFixtures;
import org.atomic2dynamics.mapping.propose.Proposer;
import org.atomic2dynamics.mapping.spec.MappingSpec;

/** The demo map compiled, a context with contact 1 a contact and contact 2 a lead, and rows built by hand. */
final class MapperFixture {
    static final DeterministicIds IDS = new DeterministicIds("demo");
    static final EntityRef JANE = new EntityRef("systemusers", UUID.fromString("00000000-0000-0000-0000-0000000000aa"));
    static final EntityRef FALLBACK = new EntityRef("teams", UUID.fromString("00000000-0000-0000-0000-0000000000bb"));
    static final EntityRef USD = new EntityRef("transactioncurrencies",
            UUID.fromString("00000000-0000-0000-0000-0000000000cc"));
    static final UUID STAKEHOLDER = UUID.fromString("00000000-0000-0000-0000-0000000000dd");

    final MappingSpec spec = Proposer.propose(AtomicFixtures.demoInput());
    final RecordMapper mapper = RecordMapper.compile(spec, AtomicFixtures.REFERENCE.all());
    final MappingContext ctx = new MappingContext(IDS, new ContactRoutes(Set.of(1L), Set.of(2L)),
            new OwnerMap(Map.of(0L, JANE), FALLBACK), USD, STAKEHOLDER, Map.of(10L, "Acme"));

    static SourceRow row(String table, long id, Object... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return new SourceRow(table, id, values);
    }

    static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static List<Map<String, Object>> typed(String key, String... valueTypePairs) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (int i = 0; i < valueTypePairs.length; i += 2) {
            out.add(Map.of(key, valueTypePairs[i], "type", valueTypePairs[i + 1]));
        }
        return out;
    }
}
