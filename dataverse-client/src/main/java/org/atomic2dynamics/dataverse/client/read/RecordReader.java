package org.atomic2dynamics.dataverse.client.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.TableNames;
import org.atomic2dynamics.dataverse.client.http.DataverseException;
import org.atomic2dynamics.dataverse.client.http.HttpCall;

/**
 * Reads: one record by id, a query page by page (following {@code @odata.nextLink} verbatim), and records by
 * id list ({@code In} filters chunked to the URL limit).
 */
public final class RecordReader {
    private static final int DEFAULT_PAGE = 5000;

    private final DataverseClient client;
    private final TableNames tables;

    public RecordReader(DataverseClient client, TableNames tables) {
        this.client = client;
        this.tables = tables;
    }

    /** The record, or empty when Dataverse says it does not exist (404). */
    public Optional<JsonNode> retrieve(String table, UUID id, List<String> select) {
        TableNames.Entry t = tables.of(table);
        String path = t.entitySet() + "(" + id + ")"
                + (select.isEmpty() ? "" : "?$select=" + Query.encode(String.join(",", select)));
        try {
            return Optional.of(client.sendForJson(HttpCall.get(path)));
        } catch (DataverseException e) {
            if (e.httpStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Hands every page of the query to {@code pages}; pageSize ≤ 5000 (Prefer: odata.maxpagesize). */
    public void forEachPage(Query query, int pageSize, Consumer<List<JsonNode>> pages) {
        String next = query.path();
        while (next != null) {
            HttpCall call = HttpCall.get(next).withHeader("Prefer", "odata.maxpagesize=" + pageSize);
            JsonNode body = client.sendForJson(call);
            List<JsonNode> rows = new ArrayList<>();
            body.path("value").forEach(rows::add);
            pages.accept(rows);
            JsonNode link = body.get("@odata.nextLink");
            next = link == null || link.isNull() ? null : link.asText();
        }
    }

    public List<JsonNode> all(Query query) {
        List<JsonNode> out = new ArrayList<>();
        forEachPage(query, DEFAULT_PAGE, out::addAll);
        return out;
    }

    /** The records among {@code ids} that exist, by id, with the given columns (the key is always read). */
    public Map<UUID, JsonNode> byIds(String table, Collection<UUID> ids, List<String> select) {
        TableNames.Entry t = tables.of(table);
        List<String> columns = new ArrayList<>(select);
        if (!columns.contains(t.primaryId())) {
            columns.add(t.primaryId());
        }
        Map<UUID, JsonNode> found = new LinkedHashMap<>();
        int rest = client.endpoint().apiUri().toString().length() + Query.of(t.entitySet()).select(columns).path().length() + 120;
        for (List<UUID> chunk : IdChunks.chunks(ids, rest)) {
            Query q = Query.of(t.entitySet()).select(columns).filter(IdChunks.inFilter(t.primaryId(), chunk));
            forEachPage(q, DEFAULT_PAGE, rows -> rows.forEach(r -> found.put(UUID.fromString(r.path(t.primaryId()).asText()), r)));
        }
        return found;
    }

    /** Which of {@code ids} exist in the table (one GET per chunk of ids). */
    public Set<UUID> existing(String table, Collection<UUID> ids) {
        return byIds(table, ids, List.of()).keySet();
    }
}
