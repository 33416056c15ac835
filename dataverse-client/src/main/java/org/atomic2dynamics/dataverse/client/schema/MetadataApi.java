package org.atomic2dynamics.dataverse.client.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.http.DataverseException;
import org.atomic2dynamics.dataverse.client.http.HttpAnswer;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.dataverse.client.read.Query;

/**
 * The metadata calls of schema setup, one at a time: reads with {@code Consistency: Strong} (see what was
 * just created), creates with {@code MSCRM.SolutionUniqueName} (land in our solution).
 */
final class MetadataApi {
    private final DataverseClient client;

    MetadataApi(DataverseClient client) {
        this.client = client;
    }

    ObjectNode object() {
        return client.json().createObjectNode();
    }

    /** The JSON at path, or empty on 404. */
    Optional<JsonNode> read(String path) {
        try {
            return Optional.of(client.sendForJson(HttpCall.get(path).withHeader("Consistency", "Strong")));
        } catch (DataverseException e) {
            if (e.httpStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** POST in the solution; returns the id in OData-EntityId (the last parenthesised part), or "". */
    String create(String path, JsonNode body, String solution) {
        HttpCall call = HttpCall.json("POST", path, body.toString());
        if (solution != null) {
            call = call.withHeader("MSCRM.SolutionUniqueName", solution);
        }
        HttpAnswer answer = client.send(call);
        return answer.header("OData-EntityId").map(MetadataApi::lastId).orElse("");
    }

    void post(String path, JsonNode body) {
        client.send(HttpCall.json("POST", path, body.toString()));
    }

    /** DELETE; false when it was already gone. */
    boolean delete(String path) {
        try {
            client.send(HttpCall.delete(path));
            return true;
        } catch (DataverseException e) {
            if (e.httpStatus() == 404) {
                return false;
            }
            throw e;
        }
    }

    static String lastId(String entityUrl) {
        int open = entityUrl.lastIndexOf('(');
        int close = entityUrl.lastIndexOf(')');
        return open >= 0 && close > open ? entityUrl.substring(open + 1, close) : "";
    }

    static String entity(String table) {
        return "EntityDefinitions(LogicalName=" + Query.literal(table) + ")";
    }

    static String optionSet(String name) {
        return "GlobalOptionSetDefinitions(Name=" + Query.literal(name) + ")";
    }
}
