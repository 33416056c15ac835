package org.atomic2dynamics.core.port;

import java.util.List;
import java.util.function.Consumer;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.core.source.SourceRow;

/**
 * A read-only view of one Atomic CRM database, whatever its schema generation, presented in the shape of the
 * current generation: logical table names (contact_notes, deal_notes), logical columns (state_abbr,
 * email_jsonb, phone_jsonb, expected_closing_date as a date), enumeration values as slugs. Custom columns and
 * custom tables pass through under their own names.
 */
public interface SourceReader extends AutoCloseable {

    /** The standard tables, in load-dependency order. */
    List<String> STANDARD_TABLES = List.of("sales", "tags", "companies", "contacts", "deals", "tasks",
            "contact_notes", "deal_notes");

    SchemaGeneration generation();

    /** The physical schema, as introspected. */
    SchemaSnapshot physicalSchema();

    /** The schema as this reader presents it: logical table and column names, custom columns included. */
    SchemaSnapshot logicalSchema();

    EffectiveConfiguration configuration();

    /** Logical names of every table this reader can read: the standard ones, then custom tables. */
    List<String> tables();

    long count(String table);

    /**
     * Streams the rows of {@code table} with id greater than {@code afterId}, in id order, to {@code sink}.
     * All reads of one reader see one consistent snapshot of the database.
     */
    void read(String table, long afterId, Consumer<SourceRow> sink);

    @Override
    void close();
}
