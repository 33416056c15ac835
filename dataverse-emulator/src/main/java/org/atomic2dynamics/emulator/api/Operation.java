package org.atomic2dynamics.emulator.api;

import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;

/** An unbound function or action (WhoAmI, WinOpportunity, PublishXml...) reached by its name. */
@FunctionalInterface
public interface Operation {
    ApiResponse handle(ApiRequest request, Writes writes);
}
