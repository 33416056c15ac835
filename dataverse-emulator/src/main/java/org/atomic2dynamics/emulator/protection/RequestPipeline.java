package org.atomic2dynamics.emulator.protection;

import org.atomic2dynamics.emulator.admin.Counters;
import org.atomic2dynamics.emulator.api.ApiDispatcher;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.Outcome;

/** Every authenticated Web API request passes here: counted, then dispatched. */
public final class RequestPipeline {
    private final ApiDispatcher dispatcher;
    private final Counters counters;

    public RequestPipeline(ApiDispatcher dispatcher, Counters counters) {
        this.dispatcher = dispatcher;
        this.counters = counters;
    }

    public Outcome serve(ApiRequest req) {
        counters.request();
        return Outcome.answer(dispatcher.dispatch(req));
    }
}
