package org.atomic2dynamics.source.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atomic2dynamics.source.config.tsx.AppConfig;
import org.atomic2dynamics.source.connect.SourceSession;
import org.atomic2dynamics.source.read.LogicalTable;
import org.atomic2dynamics.source.read.SourceModel;
import org.atomic2dynamics.source.reference.ReferenceSchema;

/**
 * What every audit section works from, and the one way they query: each query runs under a savepoint, so a
 * failing query becomes an AUDIT_QUERY_FAILED finding instead of aborting the audit's one transaction.
 */
public final class AuditContext {
    private final SourceSession session;
    private final SourceModel model;
    private final ReferenceSchema reference;
    private final AppConfig appConfig;
    private final Set<String> readable;
    private final List<Finding> failures = new ArrayList<>();

    AuditContext(SourceSession session, SourceModel model, ReferenceSchema reference, AppConfig appConfig,
            Set<String> readable) {
        this.session = session;
        this.model = model;
        this.reference = reference;
        this.appConfig = appConfig;
        this.readable = Set.copyOf(readable);
    }

    public SourceModel model() {
        return model;
    }

    public ReferenceSchema reference() {
        return reference;
    }

    public Optional<AppConfig> appConfig() {
        return Optional.ofNullable(appConfig);
    }

    public SourceSession session() {
        return session;
    }

    /** Logical tables whose rows the connecting role can see (see the access section). */
    public List<LogicalTable> readableTables() {
        return model.tablesByName().values().stream().filter(t -> readable.contains(t.physicalName())).toList();
    }

    public Optional<LogicalTable> readableTable(String logicalName) {
        return readableTables().stream().filter(t -> t.name().equals(logicalName)).findFirst();
    }

    List<Finding> failures() {
        return List.copyOf(failures);
    }

    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Every row of {@code sql}, or an empty list (and a finding) when the query fails. */
    public <T> List<T> rows(String what, String sql, RowReader<T> reader) {
        Connection c = session.connection();
        Savepoint savepoint = null;
        try {
            savepoint = c.setSavepoint();
            List<T> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            c.releaseSavepoint(savepoint);
            return out;
        } catch (SQLException e) {
            rollback(c, savepoint);
            failures.add(Finding.warning(FindingCode.AUDIT_QUERY_FAILED, what, "could not check " + what + ": "
                    + e.getMessage().split("\n")[0], 0, List.of()));
            return List.of();
        }
    }

    private static void rollback(Connection c, Savepoint savepoint) {
        if (savepoint == null) {
            return;
        }
        try {
            c.rollback(savepoint);
        } catch (SQLException ignored) {
            // the transaction is read-only; the next query will report if it is unusable
        }
    }

    static List<String> sampleList(java.sql.Array array, String table) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            ids.add(table + ":" + o);
        }
        return ids;
    }
}
