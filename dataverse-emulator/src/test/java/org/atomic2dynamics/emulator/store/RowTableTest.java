package org.atomic2dynamics.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The record table keeps a LinkedHashMap's contents and order through puts, replacements and removals. */
class RowTableTest {

    @Test
    void behavesLikeALinkedHashMapUnderRandomWrites() {
        RowTable table = new RowTable();
        Map<UUID, Row> model = new LinkedHashMap<>();
        List<UUID> known = new ArrayList<>();
        Random random = new Random(42);
        for (int step = 0; step < 60_000; step++) {
            int op = random.nextInt(10);
            if (op < 5 || known.isEmpty()) {
                UUID id = new UUID(random.nextLong(), random.nextLong());
                known.add(id);
                Row row = row(step);
                assertThat(table.put(id, row)).isSameAs(model.put(id, row));
            } else if (op < 7) {
                UUID id = known.get(random.nextInt(known.size()));
                Row row = row(step);
                assertThat(table.put(id, row)).isSameAs(model.put(id, row));
            } else {
                UUID id = known.get(random.nextInt(known.size()));
                assertThat(table.remove(id)).isSameAs(model.remove(id));
            }
            UUID probe = known.get(random.nextInt(known.size()));
            assertThat(table.get(probe)).isSameAs(model.get(probe));
        }
        assertSame(table, model);
    }

    @Test
    void rollingBackInsertsAndEmptyingTheTableKeepsTheOrder() {
        RowTable table = new RowTable();
        Map<UUID, Row> model = new LinkedHashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            UUID id = new UUID(0, i); // sequential ids, as some clients send them
            ids.add(id);
            Row row = row(i);
            table.put(id, row);
            model.put(id, row);
        }
        for (int i = ids.size() - 1; i >= 6_000; i--) { // a rollback removes the newest first
            assertThat(table.remove(ids.get(i))).isSameAs(model.remove(ids.get(i)));
        }
        for (int i = 0; i < 6_000; i++) { // holes in the middle, enough to compact
            if (i % 3 != 0) {
                assertThat(table.remove(ids.get(i))).isSameAs(model.remove(ids.get(i)));
            }
        }
        UUID late = new UUID(1, 1);
        Row lateRow = row(-1);
        table.put(late, lateRow);
        model.put(late, lateRow);
        Row replaced = row(-2);
        table.put(ids.get(1), replaced);
        model.put(ids.get(1), replaced);
        assertSame(table, model);
        table.clear();
        assertThat(table.size()).isZero();
        assertThat(table.entries()).isEmpty();
    }

    private static void assertSame(RowTable table, Map<UUID, Row> model) {
        assertThat(table.size()).isEqualTo(model.size());
        List<Map.Entry<UUID, Row>> entries = new ArrayList<>();
        table.entries().forEach(entries::add);
        assertThat(entries).containsExactlyElementsOf(model.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList());
        model.forEach((id, row) -> assertThat(table.get(id)).isSameAs(row));
    }

    private static Row row(int n) {
        return new Row(new Object[] {n}, n);
    }
}
