package org.atomic2dynamics.mapping.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomic2dynamics.mapping.AtomicFixtures.col;
import static org.atomic2dynamics.mapping.AtomicFixtures.fk;
import static org.atomic2dynamics.mapping.AtomicFixtures.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.atomic2dynamics.core.ids.DeterministicIds;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.core.source.SourceRow;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.core.source.TypeFamily;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.mapping.AtomicFixtures;
import org.atomic2dynamics.mapping.file.MappingFile;
import org.atomic2dynamics.mapping.record.ContactRoutes;
import org.atomic2dynamics.mapping.record.MappedRow;
import org.atomic2dynamics.mapping.record.MappingContext;
import org.atomic2dynamics.mapping.record.OwnerMap;
import org.atomic2dynamics.mapping.record.RecordMapper;
import org.atomic2dynamics.mapping.spec.ColumnMapping;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.NewColumn;
import org.atomic2dynamics.mapping.spec.TableMapping;
import org.junit.jupiter.api.Test;

/**
 * A fork's schema: a custom column of every Postgres type family on contacts, companies and notes, a custom
 * table with foreign keys, and an old instance's leftovers. Nothing may be left unaccounted for.
 */
class CustomSchemaTest {
    /** One column per type family, with the value the source reader gives for it. */
    static final Map<ColumnInfo, Object> FAMILIES = families();

    private static Map<ColumnInfo, Object> families() {
        Map<ColumnInfo, Object> m = new LinkedHashMap<>();
        m.put(typed("x_int", "integer", TypeFamily.INTEGER), 42);
        m.put(typed("x_bigint", "bigint", TypeFamily.INTEGER), 9_000_000_000L);
        m.put(typed("x_numeric", "numeric(12,2)", TypeFamily.NUMERIC), new BigDecimal("1234.56"));
        m.put(typed("x_float", "double precision", TypeFamily.FLOAT), 3.14159);
        m.put(typed("x_bool", "boolean", TypeFamily.BOOLEAN), true);
        m.put(typed("x_text", "character varying(80)", TypeFamily.TEXT), "héllo 😀");
        m.put(typed("x_uuid", "uuid", TypeFamily.UUID), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        m.put(typed("x_date", "date", TypeFamily.DATE), LocalDate.of(2020, 2, 29));
        m.put(typed("x_ts", "timestamp without time zone", TypeFamily.TIMESTAMP), LocalDateTime.of(2021, 1, 1, 8, 30));
        m.put(typed("x_tstz", "timestamp with time zone", TypeFamily.TIMESTAMPTZ), OffsetDateTime.parse(
                "2021-01-01T08:30:00+01:00"));
        m.put(typed("x_time", "time without time zone", TypeFamily.TIME), LocalTime.of(9, 15));
        m.put(typed("x_interval", "interval", TypeFamily.INTERVAL), "1 day 02:00:00");
        m.put(typed("x_json", "jsonb", TypeFamily.JSON), Map.of("a", List.of(1, 2)));
        m.put(typed("x_array", "text[]", TypeFamily.ARRAY), List.of("red", "green"));
        m.put(typed("x_jarray", "jsonb[]", TypeFamily.ARRAY), List.of(Map.of("k", "v")));
        m.put(new ColumnInfo("x_enum", "public.mood", TypeFamily.ENUM, true, null, 0, List.of("sad", "ok", "happy")),
                "happy");
        m.put(typed("x_point", "point", TypeFamily.GEOMETRIC), "(1,2)");
        m.put(typed("x_range", "int4range", TypeFamily.RANGE), "[1,5)");
        m.put(typed("x_inet", "inet", TypeFamily.NETWORK), "192.168.0.1");
        m.put(typed("x_tsv", "tsvector", TypeFamily.TSVECTOR), "'fat':1 'cat':2");
        m.put(typed("x_bytes", "bytea", TypeFamily.BYTEA), new byte[] {1, 2, 3});
        m.put(typed("x_bits", "bit varying(8)", TypeFamily.BIT), "1010");
        m.put(typed("x_xml", "xml", TypeFamily.XML), "<a>b</a>");
        m.put(typed("x_money", "money", TypeFamily.MONEY), new BigDecimal("19.99"));
        m.put(typed("x_other", "tsquery", TypeFamily.OTHER), "fat & rat");
        return m;
    }

    static ColumnInfo typed(String name, String type, TypeFamily family) {
        return new ColumnInfo(name, type, family, true, null, 0, List.of());
    }

    static SchemaSnapshot forkSchema() {
        List<TableInfo> tables = new ArrayList<>();
        for (TableInfo t : AtomicFixtures.standardTables()) {
            boolean custom = List.of("contacts", "companies", "deals", "tasks", "contact_notes").contains(t.name());
            List<ColumnInfo> columns = new ArrayList<>(t.columns());
            if (custom) {
                columns.addAll(FAMILIES.keySet());
            }
            if (t.name().equals("contacts")) {
                columns.add(col("acquisition", "text"));
                columns.add(col("referred_by", "bigint"));
            }
            List<org.atomic2dynamics.core.source.ForeignKeyInfo> fks = new ArrayList<>(t.foreignKeys());
            if (t.name().equals("contacts")) {
                fks.add(fk("referred_by", "contacts"));
            }
            tables.add(table(t.name(), fks, columns.toArray(ColumnInfo[]::new)));
        }
        tables.add(table("contact_documents", List.of(fk("contact_id", "contacts"), fk("company_id", "companies"),
                fk("created_by", "sales")), col("id", "bigint"), col("contact_id", "bigint"), col("company_id", "bigint"),
                col("title", "text"), col("created_by", "bigint"), col("payload", "jsonb")));
        return new SchemaSnapshot(tables, List.of());
    }

    private final MappingSpec spec = Proposer.propose(AtomicFixtures.input(forkSchema(),
            ProposalSettings.defaults("fork")));

    @Test
    void noColumnOfAnyTableIsLeftUnaccountedFor() {
        for (TableInfo table : forkSchema().tables()) {
            assertThat(spec.mappingsOf(table.name())).as(table.name()).isNotEmpty().allSatisfy(m -> {
                for (ColumnInfo c : table.columns()) {
                    assertThat(m.entriesReading(c.name())).as(m.label() + " / " + c.name()).isNotEmpty()
                            .allSatisfy(e -> assertThat(e.reason()).isNotBlank());
                }
            });
        }
        assertThat(org.atomic2dynamics.mapping.validate.MappingValidator.validate(spec,
                AtomicFixtures.REFERENCE.all(), forkSchema()).lines()).isEmpty();
        Set<TypeFamily> covered = EnumSet.noneOf(TypeFamily.class);
        FAMILIES.keySet().forEach(c -> covered.add(c.family()));
        assertThat(covered).containsExactlyInAnyOrder(TypeFamily.values());
    }

    @Test
    void everyCustomColumnGetsANewColumnDescribedFully() {
        TableMapping contact = spec.mappingsOf("contacts").get(0);
        for (ColumnInfo c : FAMILIES.keySet()) {
            ColumnMapping entry = contact.entriesReading(c.name()).get(0);
            assertThat(entry.target()).as(c.name()).hasSize(1);
            NewColumn col = contact.newColumn(entry.target().get(0)).orElseThrow();
            assertThat(col.schemaName()).as(c.name()).startsWith("atm_").hasSizeLessThanOrEqualTo(50);
            assertThat(col.logicalName()).isEqualTo(col.schemaName().toLowerCase(java.util.Locale.ROOT));
            switch (col.type()) {
                case "String", "Memo" -> assertThat(col.maxLength()).as(c.name()).isPositive();
                case "Decimal", "Double", "Money" -> assertThat(col.precision()).as(c.name()).isNotNull();
                case "DateTime" -> assertThat(col.dateTimeBehavior()).as(c.name()).isNotNull();
                case "Picklist" -> assertThat(spec.optionSet(col.optionSet())).as(c.name()).isPresent();
                default -> assertThat(col.type()).as(c.name()).isIn("Integer", "BigInt", "Boolean");
            }
        }
        assertThat(spec.optionSet("atm_mood").orElseThrow().options()).extracting(o -> o.label())
                .containsExactly("sad", "ok", "happy");
        assertThat(contact.newColumn("atm_x_timestamp")).isEmpty();
    }

    @Test
    void customTableBecomesACustomTableWithLookups() {
        TableMapping docs = spec.mappingsOf("contact_documents").get(0);
        assertThat(docs.target()).as("tables are named in the singular").isEqualTo("atm_contact_document");
        assertThat(docs.newTable().entitySetName()).isEqualTo("atm_contact_documents");
        assertThat(docs.newTable().displayName()).isEqualTo("Contact document");
        assertThat(docs.newTable().displayCollectionName()).isEqualTo("Contact documents");
        assertThat(docs.newTable().primaryNameColumn()).isEqualTo("atm_name");
        assertThat(docs.newColumns()).extracting(NewColumn::type, NewColumn::lookupTarget).contains(
                org.assertj.core.groups.Tuple.tuple("Lookup", "contact"),
                org.assertj.core.groups.Tuple.tuple("Lookup", "lead"),
                org.assertj.core.groups.Tuple.tuple("Lookup", "account"),
                org.assertj.core.groups.Tuple.tuple("Lookup", "systemuser"));
    }

    @Test
    void theForkMapReadsBackAndMapsAValueOfEveryFamily() {
        assertThat(MappingFile.parse(MappingFile.toYaml(spec), "fork.yaml").spec()).isEqualTo(spec);
        RecordMapper mapper = RecordMapper.compile(spec, AtomicFixtures.REFERENCE.all());
        DeterministicIds ids = new DeterministicIds("fork");
        EntityRef owner = new EntityRef("systemusers", UUID.randomUUID());
        MappingContext ctx = new MappingContext(ids, new ContactRoutes(Set.of(1L), Set.of(2L)),
                new OwnerMap(Map.of(0L, owner), null), new EntityRef("transactioncurrencies", UUID.randomUUID()), null,
                Map.of());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", 1L);
        values.put("sales_id", 0L);
        values.put("referred_by", 2L);
        FAMILIES.forEach((c, v) -> values.put(c.name(), v));
        MappedRow row = mapper.map(new SourceRow("contacts", 1, values), ctx);
        assertThat(row.issues()).allSatisfy(i -> assertThat(i.error()).as(i.toString()).isFalse());
        TargetRecord contact = row.records().get(0);
        assertThat(contact.attributes()).containsEntry("atm_x_int", 42)
                .containsEntry("atm_x_bigint", 9_000_000_000L)
                .containsEntry("atm_x_numeric", new BigDecimal("1234.56")).containsEntry("atm_x_bool", true)
                .containsEntry("atm_x_text", "héllo 😀").containsEntry("atm_x_uuid", "123e4567-e89b-12d3-a456-426614174000")
                .containsEntry("atm_x_date", LocalDate.of(2020, 2, 29)).containsEntry("atm_x_time", "09:15")
                .containsEntry("atm_x_json", "{\"a\":[1,2]}").containsEntry("atm_x_array", "red\ngreen")
                .containsEntry("atm_x_enum", 727000002).containsEntry("atm_x_bytes", "AQID")
                .containsEntry("atm_x_money", new BigDecimal("19.99"));
        assertThat(contact.binds()).containsEntry("atm_referred_by_lead",
                new EntityRef("leads", ids.idFor("contacts", 2)));
        MappedRow note = mapper.map(new SourceRow("contact_notes", 3, Map.of("id", 3L, "contact_id", 1L,
                "text", "body", "sales_id", 0L, "x_text", "extra", "x_int", 7)), ctx);
        assertThat(note.records().get(0).attributes().get("notetext")).isEqualTo("body\n\nx_int: 7\n\nx_text: extra");
    }
}
