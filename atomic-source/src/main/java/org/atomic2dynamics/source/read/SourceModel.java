package org.atomic2dynamics.source.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.core.source.TypeFamily;
import org.atomic2dynamics.source.config.ConfigurationResolver;
import org.atomic2dynamics.source.config.DatabaseConfiguration;
import org.atomic2dynamics.source.config.tsx.AppConfig;
import org.atomic2dynamics.source.connect.SourceSession;
import org.atomic2dynamics.source.generation.AtomicCrmCheck;
import org.atomic2dynamics.source.generation.GenerationDetection;
import org.atomic2dynamics.source.generation.GenerationDetector;
import org.atomic2dynamics.source.introspect.SchemaIntrospector;

/**
 * What is known about a source once connected: the physical schema, its generation, the effective
 * configuration, and the logical tables. Loaded once per session; the audit reuses it.
 */
public record SourceModel(
        SchemaSnapshot physical,
        GenerationDetection detection,
        Optional<Map<String, Object>> databaseConfiguration,
        EffectiveConfiguration configuration,
        Map<String, LogicalTable> tablesByName,
        List<String> unreadableCustomTables) {

    public SourceModel {
        tablesByName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tablesByName));
        unreadableCustomTables = List.copyOf(unreadableCustomTables);
    }

    public static SourceModel load(SourceSession session, ObjectMapper json, AppConfig appConfig)
            throws SQLException {
        SchemaSnapshot physical = SchemaIntrospector.snapshot(session.connection());
        AtomicCrmCheck.require(physical, session.spec().display());
        GenerationDetection detection = GenerationDetector.detect(session.connection(), physical);
        Optional<Map<String, Object>> stored = DatabaseConfiguration.read(session.connection(), json);
        EffectiveConfiguration configuration = ConfigurationResolver.effective(stored, Optional.ofNullable(appConfig));
        LogicalLayout layout = new LogicalLayout(detection.generation());
        Map<String, LogicalTable> tables = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        List<TableInfo> publicTables = physical.tables().stream().filter(t -> t.schema().equals("public")).toList();
        for (String name : SourceReader.STANDARD_TABLES) {
            publicTables.stream().filter(t -> StandardTables.logicalName(t.name()).equals(name)).findFirst()
                    .ifPresent(t -> tables.put(name, layout.layout(t, "id")));
        }
        for (TableInfo t : publicTables) {
            String logical = StandardTables.logicalName(t.name());
            if (StandardTables.INTERNAL.contains(logical) || tables.containsKey(logical)) {
                continue;
            }
            Optional<String> key = integerKey(t);
            if (key.isPresent()) {
                tables.put(logical, layout.layout(t, key.get()));
            } else {
                unreadable.add(t.name());
            }
        }
        return new SourceModel(physical, detection, stored, configuration, tables, unreadable);
    }

    /** Rows are paged by an integer key: a custom table qualifies with a one-column integer primary key. */
    private static Optional<String> integerKey(TableInfo t) {
        if (t.primaryKey().size() != 1) {
            return Optional.empty();
        }
        return t.column(t.primaryKey().get(0)).filter(c -> c.family() == TypeFamily.INTEGER).map(ColumnInfo::name);
    }

    public List<String> readableTables() {
        return List.copyOf(tablesByName.keySet());
    }

    public LogicalTable table(String logicalName) {
        LogicalTable t = tablesByName.get(logicalName);
        if (t == null) {
            throw new IllegalArgumentException("no readable table " + logicalName + "; tables: " + tablesByName.keySet());
        }
        return t;
    }

    /** The logical schema: every readable table in the current shape, plus the physical views. */
    public SchemaSnapshot logical() {
        List<TableInfo> tables = tablesByName.values().stream().map(LogicalTable::info).toList();
        return new SchemaSnapshot(tables, physical.views().stream().filter(v -> v.schema().equals("public")).toList());
    }
}
