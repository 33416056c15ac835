package org.atomic2dynamics.engine.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.source.SourceRow;
import org.atomic2dynamics.engine.ledger.Outcome;
import org.atomic2dynamics.engine.load.Mapped;
import org.atomic2dynamics.engine.load.RowMapping;
import org.atomic2dynamics.mapping.convert.ValueIssue;
import org.atomic2dynamics.mapping.record.FieldIssue;
import org.atomic2dynamics.mapping.record.MappedRow;
import org.atomic2dynamics.mapping.record.MappingContext;
import org.atomic2dynamics.mapping.record.RecordMapper;

/**
 * Turns the record mapper's answer into the engine's: a record with errors is not written — it is held when
 * a person can unblock it (an owner to provision, an option to add), rejected otherwise, with every
 * problem in the reason.
 */
final class MappedRows implements RowMapping {
    /** Errors a person resolves without touching the data: the record waits for them. */
    private static final Set<ValueIssue> HOLDING = Set.of(ValueIssue.NO_OWNER, ValueIssue.UNKNOWN_OPTION);

    private final RecordMapper mapper;
    private final MappingContext context;

    MappedRows(RecordMapper mapper, MappingContext context) {
        this.mapper = mapper;
        this.context = context;
    }

    @Override
    public Mapped map(SourceRow row) {
        MappedRow m = mapper.map(row, context);
        if (m.records().isEmpty()) {
            return new Mapped.Refuse(null, null, Outcome.REJECTED, "NOT_MAPPED",
                    m.skipped() == null ? "no record was made" : m.skipped());
        }
        var record = m.records().get(0);
        if (m.hasErrors()) {
            List<FieldIssue> errors = m.issues().stream().filter(FieldIssue::error).toList();
            boolean hold = errors.stream().allMatch(i -> HOLDING.contains(i.kind()));
            return new Mapped.Refuse(record.table(), record.id(), hold ? Outcome.HELD : Outcome.REJECTED,
                    errors.get(0).kind().name(), errors.stream().map(FieldIssue::toString).collect(Collectors.joining("; ")));
        }
        List<Object> followUps = new ArrayList<>(m.followUps());
        m.records().stream().skip(1).forEach(extra -> followUps.add(new ExtraRecord(extra)));
        return new Mapped.Write(record, m.issues().stream().map(FieldIssue::toString).toList(), followUps);
    }

    /** A second record a row makes, written after the load like a follow-up. */
    record ExtraRecord(org.atomic2dynamics.core.target.TargetRecord record) {
    }
}
