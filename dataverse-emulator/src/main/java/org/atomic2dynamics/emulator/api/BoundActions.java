package org.atomic2dynamics.emulator.api;

import java.util.Map;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.schema.EntityType;

/** Actions bound to an entity set, {@code accounts/Microsoft.Dynamics.CRM.CreateMultiple}, by name. */
public final class BoundActions {
    private static final String PREFIX = "Microsoft.Dynamics.CRM.";

    /** One bound action. */
    @FunctionalInterface
    public interface Action {
        ApiResponse handle(ApiRequest request, EntityType type, Writes writes);
    }

    private final Map<String, Action> actions;

    public BoundActions(Map<String, Action> actions) {
        this.actions = Map.copyOf(actions);
    }

    ApiResponse handle(ApiRequest req, EntityType type, String segment, Writes writes) {
        String name = segment.startsWith(PREFIX) ? segment.substring(PREFIX.length()) : null;
        Action action = name == null ? null : actions.get(name);
        if (action == null) {
            throw Errors.segmentNotFound(segment);
        }
        Errors.requirePost(req.method());
        return action.handle(req, type, writes);
    }
}
