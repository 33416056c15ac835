package org.atomic2dynamics.mapping.record;

import java.util.List;
import org.atomic2dynamics.core.target.TargetRecord;

/**
 * What one source row becomes: the records to write (none when its table is not migrated — {@code skipped}
 * says why), the follow-up writes, and every field issue. A row with an error issue should be held, not
 * written without the value: the engine decides and reports.
 */
public record MappedRow(String sourceTable, long sourceId, List<TargetRecord> records, List<FollowUp> followUps,
        List<FieldIssue> issues, String skipped) {

    public MappedRow {
        records = List.copyOf(records);
        followUps = List.copyOf(followUps);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(FieldIssue::error);
    }
}
