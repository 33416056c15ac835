package org.atomic2dynamics.emulator.batch;

import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.emulator.api.ApiDispatcher;
import org.atomic2dynamics.emulator.api.Operation;
import org.atomic2dynamics.emulator.api.Writes;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.http.ApiRequest;
import org.atomic2dynamics.emulator.http.ApiResponse;

/**
 * {@code POST $batch}: runs the parts in order. A changeset is one transaction; when one of its requests
 * fails, all of it is rolled back and its response is that one error. Without
 * {@code Prefer: odata.continue-on-error} the batch stops at the first failure and answers 400 with the
 * responses so far and the failing one; with it, every part runs and the batch answers 200.
 */
public final class BatchHandler implements Operation {
    static final int MAX_REQUESTS = 1000;

    private final Backend backend;
    private final ApiDispatcher dispatcher;

    public BatchHandler(Backend backend, ApiDispatcher dispatcher) {
        this.backend = backend;
        this.dispatcher = dispatcher;
    }

    /** Thrown inside a changeset's transaction to roll it back, carrying the failed response. */
    private static final class ChangesetFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ApiResponse response;
        private final String contentId;

        ChangesetFailed(String contentId, ApiResponse response) {
            super(null, null, false, false);
            this.contentId = contentId;
            this.response = response;
        }
    }

    @Override
    public ApiResponse handle(ApiRequest req, Writes writes) {
        Errors.requirePost(req.method());
        List<BatchPart> parts = MultipartReader.read(req.headers().get("Content-Type").orElse(""), req.body());
        int count = parts.stream().mapToInt(p -> p instanceof BatchPart.Changeset c ? c.requests().size() : 1).sum();
        if (count > MAX_REQUESTS) {
            throw Errors.badRequest("The number of requests in the batch (" + count + ") exceeds the limit of "
                    + MAX_REQUESTS + ".");
        }
        boolean continueOnError = req.prefer().continueOnError();
        ContentIds ids = new ContentIds();
        MultipartWriter out = new MultipartWriter();
        boolean failed = false;
        for (BatchPart part : parts) {
            boolean ok = part instanceof BatchPart.Changeset c ? changeset(req, c, ids, out) : single(req,
                    (BatchPart.Request) part, ids, out);
            if (!ok && !continueOnError) {
                failed = true;
                break;
            }
        }
        return ApiResponse.of(failed ? 400 : 200).header("Content-Type", out.contentType()).withBody(out.finish());
    }

    private boolean single(ApiRequest outer, BatchPart.Request part, ContentIds ids, MultipartWriter out) {
        ApiResponse response = run(outer, part, ids, backend.store()::write);
        out.response(part.contentId(), response);
        return response.isSuccess();
    }

    private boolean changeset(ApiRequest outer, BatchPart.Changeset changeset, ContentIds ids, MultipartWriter out) {
        List<String> declared = new ArrayList<>();
        try {
            List<ApiResponse> responses = backend.store().write(tx -> {
                List<ApiResponse> done = new ArrayList<>();
                for (BatchPart.Request part : changeset.requests()) {
                    if (part.method().equals("GET")) {
                        throw new ChangesetFailed(part.contentId(), ApiDispatcher.error(Errors.badRequest(
                                "GET requests are not allowed inside a changeset.")));
                    }
                    ApiResponse r = run(outer, part, ids, Writes.within(tx));
                    if (!r.isSuccess()) {
                        throw new ChangesetFailed(part.contentId(), r);
                    }
                    if (part.contentId() != null) {
                        declared.add(part.contentId());
                    }
                    done.add(r);
                }
                return done;
            });
            out.changeset(changeset.requests().stream().map(BatchPart.Request::contentId).toList(), responses);
            return true;
        } catch (ChangesetFailed f) {
            ids.forget(declared);
            out.response(f.contentId, f.response);
            return false;
        }
    }

    private ApiResponse run(ApiRequest outer, BatchPart.Request part, ContentIds ids, Writes writes) {
        try {
            ApiRequest inner = InnerRequests.toRequest(outer, part, ids);
            ApiResponse response = dispatcher.handle(inner, writes);
            ids.declare(part.contentId(), response);
            return InnerRequests.withLocation(response);
        } catch (DataverseException e) {
            return ApiDispatcher.error(e);
        }
    }
}
