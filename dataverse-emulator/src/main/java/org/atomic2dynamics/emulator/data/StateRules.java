package org.atomic2dynamics.emulator.data;

import java.util.Map;
import java.util.Set;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Record;

/**
 * statecode/statuscode rules: defaults on create, a status must belong to its state, opportunities are
 * won and lost only through WinOpportunity/LoseOpportunity, and closed opportunities and activities are
 * read-only until reopened.
 */
public final class StateRules {
    static final String STATE = "statecode";
    static final String STATUS = "statuscode";
    private static final Set<String> SYSTEM = Set.of(STATE, STATUS, "modifiedon", "modifiedby", "modifiedonbehalfby");

    private StateRules() {
    }

    /** Fills state and status on create and checks them. {@code viaAction} is true for Win/LoseOpportunity. */
    public static void onCreate(EntityType type, Map<String, Object> values, boolean viaAction) {
        if (type.property(STATE).isEmpty()) {
            return;
        }
        Integer state = (Integer) values.get(STATE);
        Integer status = (Integer) values.get(STATUS);
        if (state == null) {
            state = status == null ? 0 : stateOf(type, status);
        }
        if (!viaAction) {
            rejectClosingOpportunity(type, state, 0);
        }
        values.put(STATE, state);
        values.put(STATUS, status == null ? defaultStatus(type, state) : check(type, state, status, null));
    }

    /** Applies a state change on update (if any) and rejects edits of a closed record. */
    public static void onUpdate(EntityType type, Record existing, Map<String, Object> changes, boolean viaAction) {
        if (type.property(STATE).isEmpty()) {
            return;
        }
        int current = existing.get(STATE) == null ? 0 : (Integer) existing.get(STATE);
        Integer state = (Integer) changes.get(STATE);
        Integer status = (Integer) changes.get(STATUS);
        if (state == null && status != null) {
            state = stateOf(type, status);
        }
        int target = state == null ? current : state;
        if (!viaAction && closes(type) && current != 0 && target != 0 && hasDataChanges(changes)) {
            throw Errors.invalidArgument("The " + type.name() + " with Id " + existing.id() + " is closed (statecode "
                    + current + ") and cannot be edited. Reopen it first (statecode 0).");
        }
        if (state == null) {
            return;
        }
        if (!viaAction && state != current) {
            rejectClosingOpportunity(type, state, current);
        }
        changes.put(STATE, state);
        changes.put(STATUS, status == null ? defaultStatus(type, state) : check(type, state, status, existing));
    }

    private static boolean hasDataChanges(Map<String, Object> changes) {
        return changes.keySet().stream().anyMatch(c -> !SYSTEM.contains(c));
    }

    /** Opportunities and activities become read-only once closed. */
    static boolean closes(EntityType type) {
        return type.name().equals("opportunity") || org.atomic2dynamics.dataverse.model.WebApiNames.isActivity(type.def());
    }

    private static void rejectClosingOpportunity(EntityType type, int state, int current) {
        if (!type.name().equals("opportunity") || state == 0 || state == current) {
            return;
        }
        String label = state == 1 ? "Won" : "Lost";
        String request = state == 1 ? "WinOpportunityRequest" : "LoseOpportunityRequest";
        throw Errors.invalidArgument("This message can not be used to set the state of opportunity to " + label
                + ". In order to set the state of opportunity to " + label + ", use the " + request
                + " message instead.");
    }

    private static int stateOf(EntityType type, int status) {
        ColumnDef statusColumn = type.property(STATUS).orElseThrow();
        for (OptionDef o : statusColumn.options()) {
            if (o.value() == status && o.state() != null) {
                return o.state();
            }
        }
        throw Errors.optionOutOfRange(STATUS, type.name(), status, ValueCodec.accepted(statusColumn));
    }

    private static int defaultStatus(EntityType type, int state) {
        for (OptionDef o : type.property(STATE).orElseThrow().options()) {
            if (o.value() == state && o.defaultStatus() != null) {
                return o.defaultStatus();
            }
        }
        return type.property(STATUS).orElseThrow().options().stream()
                .filter(o -> o.state() != null && o.state() == state).findFirst()
                .map(OptionDef::value).orElse(state + 1);
    }

    private static int check(EntityType type, int state, int status, Record existing) {
        if (stateOf(type, status) != state) {
            String stateLabel = ValueCodec.label(type.property(STATE).orElseThrow(), state);
            throw Errors.invalidArgument(status + " is not a valid status code for state code " + type.def().schemaName()
                    + "State." + stateLabel + " on " + type.name()
                    + (existing == null ? "" : " with Id " + existing.id()) + ".");
        }
        return status;
    }
}
