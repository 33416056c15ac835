package org.atomic2dynamics.emulator.actions;

import org.atomic2dynamics.emulator.api.Operation;
import org.atomic2dynamics.emulator.api.Writes;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;
import org.atomic2dynamics.emulator.http.Json;

/**
 * PublishXml and PublishAllXml. New columns are usable by data requests before publishing (as in
 * Dataverse), so publishing only checks its parameters and answers 204.
 */
public final class Publish implements Operation {
    private final boolean all;

    public Publish(boolean all) {
        this.all = all;
    }

    @Override
    public ApiResponse handle(ApiRequest req, Writes writes) {
        Errors.requirePost(req.method());
        if (!all) {
            String xml = Json.parse(req.body(), "PublishXml").path("ParameterXml").asText("");
            if (!xml.contains("<importexportxml>")) {
                throw Errors.invalidArgument("ParameterXml must be an <importexportxml> document.");
            }
        }
        return ApiResponse.of(204);
    }
}
