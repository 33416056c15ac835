package org.atomic2dynamics.dataverse.client.write;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.atomic2dynamics.core.target.TargetRecord;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.batch.BatchCodec;
import org.atomic2dynamics.dataverse.client.batch.BatchItem;
import org.atomic2dynamics.dataverse.client.batch.BatchResponse;
import org.atomic2dynamics.dataverse.client.batch.BatchResponseParser;
import org.atomic2dynamics.dataverse.client.batch.PartResponse;
import org.atomic2dynamics.dataverse.client.http.DataverseException;
import org.atomic2dynamics.dataverse.client.http.ErrorParser;
import org.atomic2dynamics.dataverse.client.http.HttpAnswer;

/**
 * One $batch of independent requests with continue-on-error: each part's answer maps to its record in
 * order. A part that failed transiently, or got no answer, is sent again on its own (with the client's full
 * retry); a part the server refused is a reject. Upserts ask for the key back, so 201/200 tells
 * created/updated without a lookup.
 */
final class BatchWriter {
    private final DataverseClient client;
    private final SingleRequests single;
    private final BatchCodec codec;
    private final BatchResponseParser parser = new BatchResponseParser();
    private final ErrorParser errors;

    BatchWriter(DataverseClient client, SingleRequests single) {
        this.client = client;
        this.single = single;
        this.codec = new BatchCodec(client.endpoint());
        this.errors = new ErrorParser(client.json());
    }

    List<WriteOutcome> write(WriteMode mode, List<TargetRecord> chunk) {
        List<BatchItem> items = chunk.stream().map(r -> new BatchItem.Single(single.call(r, mode)))
                .collect(Collectors.toList());
        BatchResponse response;
        try {
            HttpAnswer answer = client.send(codec.encode(items, true));
            response = parser.parse(answer.header("Content-Type").orElse(""), answer.text());
        } catch (DataverseException e) {
            SingleRequests.rethrowIfAuth(e);
            if (e.retriable()) {
                return chunk.stream().map(r -> WriteOutcome.failed(r.id(), e)).collect(Collectors.toList());
            }
            response = new BatchResponse(List.of()); // the batch as a whole was refused: every record alone
        }
        List<WriteOutcome> out = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            TargetRecord record = chunk.get(i);
            PartResponse part = i < response.entries().size() ? response.entries().get(i).parts().get(0) : null;
            out.add(outcome(record, mode, part));
        }
        return out;
    }

    private WriteOutcome outcome(TargetRecord record, WriteMode mode, PartResponse part) {
        if (part == null) {
            return single.write(record, mode);
        }
        if (part.isSuccess()) {
            return SingleRequests.outcome(record, mode, part.status());
        }
        DataverseException e = errors.parse(record.table() + " " + record.id() + " in $batch", part.status(), part.body(),
                part.header("Retry-After").orElse(null));
        SingleRequests.rethrowIfAuth(e);
        if (!e.retriable()) {
            return WriteOutcome.failed(record.id(), e);
        }
        client.stats().resent();
        return single.write(record, mode);
    }
}
