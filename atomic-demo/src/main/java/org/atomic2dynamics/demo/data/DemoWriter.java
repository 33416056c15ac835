package org.atomic2dynamics.demo.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.demo.data.DemoDataset.Sale;
import org.atomic2dynamics.demo.schema.SchemaShape;

/**
 * Writes a {@link DemoDataset} into an Atomic CRM database of any generation, in that generation's shape:
 * camelCase note tables, scalar email and phone columns, labels instead of slugs, closing dates as
 * timestamptz. Sales rows are created as the app creates them: by inserting auth.users rows, whose trigger
 * adds the sales row (the first becomes administrator).
 */
public final class DemoWriter {
    private final Connection c;
    private final SchemaShape shape;
    private final EntityRows rows;

    public DemoWriter(Connection c, SchemaShape shape) {
        this.c = c;
        this.shape = shape;
        this.rows = new EntityRows(shape);
    }

    public void write(DemoDataset data) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            writeSales(data.sales());
            rows.write(c, data);
            writeObjects(data.storageObjects());
            resetSequences();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private void writeSales(List<Sale> sales) throws SQLException {
        try (Batch users = new Batch(c, "auth.users", "id", "aud", "role", "email", "raw_user_meta_data::jsonb",
                "raw_app_meta_data::jsonb", "email_confirmed_at", "created_at", "updated_at")) {
            for (Sale s : sales) {
                var at = DemoData.REFERENCE_DATE.minusDays(900).plusDays(s.id());
                users.add(s.userId(), "authenticated", "authenticated", s.email(),
                        Map.of("first_name", s.firstName(), "last_name", s.lastName()),
                        Map.of("provider", "email"), at, at, at);
            }
        }
        insertSalesWithoutTrigger(sales);
        try (PreparedStatement update = c.prepareStatement(
                "update public.sales set avatar = ?::jsonb, disabled = ?, administrator = ? where user_id = ? returning id")) {
            for (Sale s : sales) {
                update.setString(1, s.avatar() == null ? null : Json.write(s.avatar()));
                update.setBoolean(2, s.disabled());
                update.setBoolean(3, s.administrator());
                update.setObject(4, s.userId());
                try (ResultSet rs = update.executeQuery()) {
                    if (!rs.next() || rs.getLong(1) != s.id()) {
                        throw new IllegalStateException("the auth trigger did not create sales row " + s.id());
                    }
                }
            }
        }
    }

    /** Before the init_triggers migration no trigger creates sales rows: insert them as the app's first users. */
    private void insertSalesWithoutTrigger(List<Sale> sales) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from public.sales")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        try (Batch batch = new Batch(c, "public.sales", "first_name", "last_name", "email", "administrator",
                "user_id")) {
            for (Sale s : sales) {
                batch.add(s.firstName(), s.lastName(), s.email(), s.administrator(), s.userId());
            }
        }
    }

    private void writeObjects(List<DemoDataset.StoredObject> objects) throws SQLException {
        try (Batch batch = new Batch(c, "storage.objects", "id", "bucket_id", "name", "metadata::jsonb",
                "created_at", "updated_at", "last_accessed_at")) {
            for (var o : objects) {
                batch.add(o.id(), o.bucket(), o.name(),
                        Map.of("size", o.size(), "mimetype", o.mimeType(), "cacheControl", "max-age=3600"),
                        o.createdAt(), o.createdAt(), o.createdAt());
            }
        }
    }

    /** Rows were written with explicit ids: move each identity past them, as a real database would be. */
    private void resetSequences() throws SQLException {
        List<String> tables = List.of("sales", "tags", "companies", "contacts", "deals", "tasks",
                shape.contactNotesTable(), shape.dealNotesTable());
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                st.execute("select setval(pg_get_serial_sequence('public." + table.replace("'", "''")
                        + "', 'id'), coalesce((select max(id) from public." + table + "), 0) + 1, false)");
            }
        }
    }
}
