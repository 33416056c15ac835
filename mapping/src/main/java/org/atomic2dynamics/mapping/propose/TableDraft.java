package org.atomic2dynamics.mapping.propose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.mapping.spec.ColumnMapping;
import org.atomic2dynamics.mapping.spec.Confidence;
import org.atomic2dynamics.mapping.spec.NewColumn;
import org.atomic2dynamics.mapping.spec.NewTable;
import org.atomic2dynamics.mapping.spec.TableMapping;
import org.atomic2dynamics.mapping.spec.Transform;
import org.atomic2dynamics.mapping.spec.When;

/** A table mapping being proposed: entries are added column by column, new columns once per name. */
final class TableDraft {
    final TableInfo source;
    final String target;
    final ProposalContext ctx;
    private final When when;
    private final String reason;
    private final String auditColumn;
    private NewTable newTable;
    private final Map<String, NewColumn> newColumns = new LinkedHashMap<>();
    private final List<ColumnMapping> columns = new ArrayList<>();

    TableDraft(TableInfo source, String target, When when, String reason, boolean audited, ProposalContext ctx) {
        this.source = source;
        this.target = target;
        this.when = when;
        this.reason = reason;
        this.ctx = ctx;
        this.auditColumn = audited && target != null ? ctx.auditColumn().logicalName() : null;
        if (auditColumn != null) {
            newColumn(ctx.auditColumn());
        }
    }

    boolean migrated() {
        return target != null;
    }

    void newTable(NewTable table) {
        this.newTable = table;
    }

    /** Adds a column to create; returns its logical name (a column already there is reused). */
    String newColumn(NewColumn column) {
        newColumns.putIfAbsent(column.logicalName(), column);
        return column.logicalName();
    }

    boolean hasNewColumn(String logicalName) {
        return newColumns.containsKey(logicalName);
    }

    Entry map(String sourceColumn) {
        return new Entry(sourceColumn, List.of());
    }

    Entry derive(String... inputs) {
        return new Entry(null, List.of(inputs));
    }

    /** Accounts for a column that is not migrated, saying why. */
    void skip(String sourceColumn, Confidence confidence, String why) {
        map(sourceColumn).via(Transform.NONE).done(confidence, why);
    }

    TableMapping build(Long rows) {
        return new TableMapping(source.name(), target, when, rows, reason, auditColumn, newTable,
                List.copyOf(newColumns.values()), columns);
    }

    /** One entry under construction; {@link #done} adds it to the draft. */
    final class Entry {
        private final String sourceColumn;
        private final List<String> inputs;
        private final List<String> targets = new ArrayList<>();
        private final Map<String, String> valueMap = new LinkedHashMap<>();
        private final Map<String, String> params = new LinkedHashMap<>();
        private Transform transform = Transform.COPY;
        private String optionSet;
        private boolean truncate;
        private String lossy = "";

        private Entry(String sourceColumn, List<String> inputs) {
            this.sourceColumn = sourceColumn;
            this.inputs = inputs;
        }

        Entry to(String... columns) {
            targets.addAll(List.of(columns));
            return this;
        }

        Entry via(Transform t) {
            this.transform = t;
            return this;
        }

        Entry optionSet(String name) {
            this.optionSet = name;
            return this;
        }

        Entry value(String from, Object to) {
            valueMap.put(from, String.valueOf(to));
            return this;
        }

        Entry param(String name, Object value) {
            params.put(name, String.valueOf(value));
            return this;
        }

        Entry truncate() {
            this.truncate = true;
            return this;
        }

        Entry lossy(String what) {
            this.lossy = what;
            return this;
        }

        void high(String why) {
            done(Confidence.HIGH, why);
        }

        void medium(String why) {
            done(Confidence.MEDIUM, why);
        }

        void done(Confidence confidence, String why) {
            columns.add(new ColumnMapping(sourceColumn, inputs, targets, transform.yamlName(), optionSet, valueMap,
                    params, truncate, confidence, why, lossy));
        }
    }
}
