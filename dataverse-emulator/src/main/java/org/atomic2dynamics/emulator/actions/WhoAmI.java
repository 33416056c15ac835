package org.atomic2dynamics.emulator.actions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.atomic2dynamics.emulator.api.Operation;
import org.atomic2dynamics.emulator.api.Urls;
import org.atomic2dynamics.emulator.api.Writes;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;

/** The WhoAmI function: the caller, its business unit and the organization, plus x-ms-dop-hint. */
public final class WhoAmI implements Operation {
    private final Backend backend;
    private final Urls urls;

    public WhoAmI(Backend backend, Urls urls) {
        this.backend = backend;
        this.urls = urls;
    }

    @Override
    public ApiResponse handle(ApiRequest req, Writes writes) {
        if (!req.method().equals("GET")) {
            // WhoAmI is a function: POSTing it finds no resource (web-api-client-errors).
            throw Errors.noResource(urls.api() + "WhoAmI");
        }
        ObjectNode body = Json.object();
        body.put("@odata.context", urls.context("Microsoft.Dynamics.CRM.WhoAmIResponse"));
        body.put("BusinessUnitId", backend.org().businessUnit().toString());
        body.put("UserId", req.caller().toString());
        body.put("OrganizationId", backend.org().organization().toString());
        return ApiResponse.json(200, Json.bytes(body))
                .header("x-ms-dop-hint", String.valueOf(backend.settings().dopHint()));
    }
}
