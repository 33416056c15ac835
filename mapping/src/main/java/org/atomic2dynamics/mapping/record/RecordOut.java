package org.atomic2dynamics.mapping.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.core.source.SourceRow;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.mapping.convert.Coerced;
import org.atomic2dynamics.mapping.convert.TargetValues;
import org.atomic2dynamics.mapping.convert.ValueIssue;

/**
 * The record being built from one row. Every value passes {@link TargetValues#coerce} on its way in, so
 * a value the column cannot take becomes a field issue instead of a failed request.
 */
final class RecordOut {
    final SourceRow row;
    final MappingContext ctx;
    final String table;
    final UUID id;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final Map<String, EntityRef> binds = new LinkedHashMap<>();
    private final List<FollowUp> followUps = new ArrayList<>();
    private final List<FieldIssue> issues = new ArrayList<>();

    RecordOut(SourceRow row, MappingContext ctx, String table, UUID id) {
        this.row = row;
        this.ctx = ctx;
        this.table = table;
        this.id = id;
    }

    /** Writes {@code value} to target {@code index} of the entry; null clears the column on update. */
    void put(CompiledEntry e, int index, Object value) {
        ColumnDef column = e.target(index);
        if (value == null) {
            if (column.validForUpdate()) {
                attributes.put(column.logicalName(), null);
            }
            return;
        }
        Coerced c = TargetValues.coerce(value, column, e.mapping().truncate());
        if (c.issue() != null) {
            issue(e, index, c.issue(), c.message());
        }
        if (c.written()) {
            attributes.put(column.logicalName(), c.value());
        }
    }

    /** Appends "label: text" as a new paragraph of a text target (custom columns of notes). */
    void append(CompiledEntry e, int index, String label, String text) {
        if (text == null) {
            return;
        }
        Object current = attributes.get(e.target(index).logicalName());
        String line = label + ": " + text;
        put(e, index, current == null ? line : current + "\n\n" + line);
    }

    void bind(String navigation, EntityRef ref) {
        binds.put(navigation, ref);
    }

    void issue(CompiledEntry e, int index, ValueIssue kind, String message) {
        issues.add(new FieldIssue(e.source(), e.targetName(index), kind, message));
    }

    void followUp(FollowUp f) {
        followUps.add(f);
    }

    /** A column of the row; "id" is the row's id even when the reader leaves it out of the values. */
    Object value(String column) {
        if (column == null) {
            return null;
        }
        Object v = row.get(column);
        return v == null && column.equals("id") ? (Object) row.id() : v;
    }

    /** The first column an entry reads: its source, or its first input. */
    Object input(CompiledEntry e) {
        return value(e.mapping().source() != null ? e.mapping().source()
                : e.mapping().inputs().isEmpty() ? null : e.mapping().inputs().get(0));
    }

    MappedRow result(String sourceTable) {
        TargetRecord record = new TargetRecord(table, id, attributes, binds);
        return new MappedRow(sourceTable, row.id(), List.of(record), followUps, issues, null);
    }
}
