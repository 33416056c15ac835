package org.atomic2dynamics.engine.migrate;

import org.atomic2dynamics.engine.load.RecordHash;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.mapping.record.FollowUp;

/** Names, journal keys and hashes of follow-up writes. */
final class FollowUpKeys {
    private FollowUpKeys() {
    }

    static String kind(Object action) {
        if (action instanceof FollowUp.SetState s) {
            return "set state of " + s.table();
        }
        if (action instanceof FollowUp.CloseOpportunity c) {
            return c.won() ? "win opportunity" : "lose opportunity";
        }
        return "record " + record(action).table();
    }

    static String key(Object action) {
        if (action instanceof FollowUp.SetState s) {
            return "state:" + s.table() + ":" + s.id();
        }
        if (action instanceof FollowUp.CloseOpportunity c) {
            return "close:" + c.opportunityId();
        }
        TargetRecord r = record(action);
        return "record:" + r.table() + ":" + r.id();
    }

    static String hash(Object action) {
        if (action instanceof FollowUp.SetState s) {
            return s.statecode() + "/" + s.statuscode() + "/" + new java.util.TreeMap<>(s.attributes());
        }
        if (action instanceof FollowUp.CloseOpportunity c) {
            return c.won() + "/" + c.status() + "/" + c.actualRevenue() + "/" + c.actualEnd() + "/" + c.subject();
        }
        return RecordHash.of(record(action));
    }

    /** The record of a follow-up that writes one (a stakeholder connection, a second record of a row). */
    static TargetRecord record(Object action) {
        return action instanceof FollowUp.CreateAfterLoad c ? c.record() : ((MappedRows.ExtraRecord) action).record();
    }
}
