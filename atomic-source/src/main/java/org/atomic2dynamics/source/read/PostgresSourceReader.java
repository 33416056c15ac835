package org.atomic2dynamics.source.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.core.source.SourceRow;
import org.atomic2dynamics.source.config.tsx.AppConfig;
import org.atomic2dynamics.source.connect.SourceSession;

/**
 * The {@link SourceReader} over a live Atomic CRM database. One reader is one read-only REPEATABLE READ
 * transaction (its {@link SourceSession}), so counts and rows agree with each other. Rows stream through a
 * server-side cursor in id order; every generation is presented in the current shape ({@link LogicalLayout}).
 * Not thread-safe: one reader, one thread.
 */
public final class PostgresSourceReader implements SourceReader {
    static final int FETCH_SIZE = 1000;

    private final SourceSession session;
    private final SourceModel model;
    private final ValueDecoder decoder;

    PostgresSourceReader(SourceSession session, SourceModel model, ValueDecoder decoder) {
        this.session = session;
        this.model = model;
        this.decoder = decoder;
    }

    /** Opens a reader on {@code session}, which it then owns (closing the reader closes the session). */
    public static PostgresSourceReader open(SourceSession session) {
        return open(session, null);
    }

    /**
     * As {@link #open(SourceSession)}, with the {@code <CRM>} props of the instance's App.tsx (older
     * generations keep their configuration only there); null when not given.
     */
    public static PostgresSourceReader open(SourceSession session, AppConfig appConfiguration) {
        ValueDecoder decoder = new ValueDecoder();
        try {
            SourceModel model = SourceModel.load(session, decoder.json(), appConfiguration);
            return new PostgresSourceReader(session, model, decoder);
        } catch (SQLException e) {
            session.close();
            throw session.readFailure(e);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    public SourceModel model() {
        return model;
    }

    public SourceSession session() {
        return session;
    }

    @Override
    public SchemaGeneration generation() {
        return model.detection().generation();
    }

    @Override
    public SchemaSnapshot physicalSchema() {
        return model.physical();
    }

    @Override
    public SchemaSnapshot logicalSchema() {
        return model.logical();
    }

    @Override
    public EffectiveConfiguration configuration() {
        return model.configuration();
    }

    @Override
    public List<String> tables() {
        return model.readableTables();
    }

    @Override
    public long count(String table) {
        LogicalTable t = model.table(table);
        try (Statement st = connection().createStatement();
                ResultSet rs = st.executeQuery("select count(*) from " + t.quotedPhysical())) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw session.readFailure(e);
        }
    }

    @Override
    public void read(String table, long afterId, Consumer<SourceRow> sink) {
        LogicalTable t = model.table(table);
        String select = t.columns().stream().map(c -> ValueDecoder.select(c.info(), c.sql()))
                .collect(Collectors.joining(", "));
        String id = Sql.ident(t.idColumn());
        String sql = "select " + id + ", " + select + " from " + t.quotedPhysical() + " where " + id + " > ? order by "
                + id;
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setFetchSize(FETCH_SIZE);
            ps.setLong(1, afterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row(t, rs));
                }
            }
        } catch (SQLException e) {
            throw session.readFailure(e);
        }
    }

    private SourceRow row(LogicalTable t, ResultSet rs) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        int index = 2;
        for (LogicalColumn c : t.columns()) {
            values.put(c.name(), decoder.decode(rs, index++, c.info()));
        }
        return new SourceRow(t.name(), rs.getLong(1), values);
    }

    private Connection connection() {
        return session.connection();
    }

    @Override
    public void close() {
        session.close();
    }
}
