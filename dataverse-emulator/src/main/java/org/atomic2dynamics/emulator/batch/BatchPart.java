package org.atomic2dynamics.emulator.batch;

import java.util.List;
import java.util.Map;

/** One part of a $batch body: a request, or a changeset holding requests. */
sealed interface BatchPart permits BatchPart.Request, BatchPart.Changeset {

    /** An HTTP request inside the batch, with its Content-ID if it has one. */
    record Request(String contentId, String method, String url, Map<String, String> headers, byte[] body)
            implements BatchPart {
        public Request {
            headers = Map.copyOf(headers);
        }
    }

    /** Requests that succeed or fail together. */
    record Changeset(List<Request> requests) implements BatchPart {
        public Changeset {
            requests = List.copyOf(requests);
        }
    }
}
