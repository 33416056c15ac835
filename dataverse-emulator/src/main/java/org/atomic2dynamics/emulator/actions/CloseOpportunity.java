package org.atomic2dynamics.emulator.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.atomic2dynamics.emulator.api.Operation;
import org.atomic2dynamics.emulator.api.Writes;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.data.Crud;
import org.atomic2dynamics.emulator.data.EntityWriter;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Record;
import org.atomic2dynamics.emulator.store.Ref;

/**
 * WinOpportunity and LoseOpportunity: create the opportunityclose activity (completed) and close the
 * opportunity as Won (state 1) or Lost (state 2) with the given status, its actual value and close date
 * taken from the close record.
 */
public final class CloseOpportunity implements Operation {
    private final Backend backend;
    private final Crud crud;
    private final boolean win;

    public CloseOpportunity(Backend backend, Crud crud, boolean win) {
        this.backend = backend;
        this.crud = crud;
        this.win = win;
    }

    @Override
    public ApiResponse handle(ApiRequest req, Writes writes) {
        Errors.requirePost(req.method());
        EntityType closeType = backend.schema().type("opportunityclose");
        EntityType oppType = backend.schema().type("opportunity");
        JsonNode body = Json.parse(req.body(), closeType.entitySet());
        JsonNode close = body.get("OpportunityClose");
        if (close == null || !close.isObject() || !body.path("Status").isIntegralNumber()) {
            throw Errors.badRequest("The parameters 'OpportunityClose' and 'Status' are required.");
        }
        ObjectNode closeBody = ((ObjectNode) close).deepCopy();
        closeBody.remove("@odata.type");
        int status = body.path("Status").asInt();
        writes.run(tx -> {
            EntityWriter.Parsed parsed = crud.writer().parse(closeType, closeBody, true);
            Ref ref = (Ref) parsed.values().get("opportunityid");
            if (ref == null) {
                throw Errors.invalidArgument("The OpportunityClose must reference its opportunity (opportunityid@odata.bind).");
            }
            Record opp = backend.store().get("opportunity", ref.id()).orElseThrow(() -> Errors.notFound("opportunity", ref.id()));
            if (opp.get("statecode") != null && (Integer) opp.get("statecode") != 0) {
                throw Errors.invalidArgument("The opportunity with Id " + opp.id() + " is already closed; reopen it "
                        + "(statecode 0) before closing it again.");
            }
            Map<String, Object> closeValues = new HashMap<>(parsed.values());
            closeValues.put("statecode", 1);
            closeValues.put("statuscode", 2);
            crud.insert(tx, closeType, parsed.id() != null ? parsed.id() : java.util.UUID.randomUUID(),
                    crud.writer().forCreate(closeType, closeValues, req.caller(), true));
            Map<String, Object> changes = new HashMap<>();
            changes.put("statecode", win ? 1 : 2);
            changes.put("statuscode", status);
            changes.put("actualvalue", closeValues.get("actualrevenue"));
            Object end = closeValues.get("actualend");
            changes.put("actualclosedate", end instanceof Instant i ? LocalDate.ofInstant(i, ZoneOffset.UTC)
                    : LocalDate.ofInstant(backend.now(), ZoneOffset.UTC));
            crud.update(tx, oppType, opp, crud.writer().forUpdate(oppType, opp, changes, req.caller(), true));
            return null;
        });
        return ApiResponse.of(204);
    }
}
