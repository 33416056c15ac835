package org.atomic2dynamics.dataverse.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.dataverse.client.action.WhoAmI;
import org.atomic2dynamics.dataverse.client.http.Endpoint;
import org.atomic2dynamics.dataverse.client.http.ErrorParser;
import org.atomic2dynamics.dataverse.client.http.HttpAnswer;
import org.atomic2dynamics.dataverse.client.http.HttpCall;
import org.atomic2dynamics.dataverse.client.http.Transport;
import org.atomic2dynamics.dataverse.client.throttle.AdaptiveLimiter;
import org.atomic2dynamics.dataverse.client.throttle.Channel;
import org.atomic2dynamics.dataverse.client.throttle.ChannelPool;
import org.atomic2dynamics.dataverse.client.throttle.ClientStatistics;
import org.atomic2dynamics.dataverse.client.throttle.ClientStats;

/**
 * A connection to one Dataverse environment through one or more application users. {@link #connect}
 * checks every user with WhoAmI and starts its concurrency at the server's x-ms-dop-hint. Reads, writes,
 * actions and schema setup are built on {@link #send}.
 */
public final class DataverseClient {
    private final Endpoint endpoint;
    private final ChannelPool pool;
    private final ObjectMapper json;
    private final ClientStats stats;
    private final List<WhoAmI> identities;

    private DataverseClient(Endpoint endpoint, ChannelPool pool, ObjectMapper json, ClientStats stats,
            List<WhoAmI> identities) {
        this.endpoint = endpoint;
        this.pool = pool;
        this.json = json;
        this.stats = stats;
        this.identities = List.copyOf(identities);
    }

    public static DataverseClient connect(ClientSettings settings) {
        Endpoint endpoint = Endpoint.of(settings.environment());
        ObjectMapper json = new ObjectMapper();
        ClientStats stats = new ClientStats();
        ErrorParser errors = new ErrorParser(json);
        Transport transport = new Transport(endpoint, settings.httpVersion(), settings.requestTimeout());
        List<Channel> channels = new ArrayList<>();
        for (AppUser user : settings.users()) {
            channels.add(new Channel(user.label(), user.tokens(), transport, errors,
                    new AdaptiveLimiter(1, settings.maxInFlightPerUser())));
        }
        ChannelPool pool = new ChannelPool(channels, settings.retry(), stats);
        List<WhoAmI> identities = new ArrayList<>();
        for (Channel channel : channels) {
            WhoAmI me = whoAmI(pool.send(HttpCall.get("WhoAmI"), channel), json);
            channel.limiter().startAt(me.dopHint());
            identities.add(me);
        }
        return new DataverseClient(endpoint, pool, json, stats, identities);
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public ObjectMapper json() {
        return json;
    }

    /** Sends with retries and throttling; a 2xx or 304 answer, or a DataverseException. */
    public HttpAnswer send(HttpCall call) {
        return pool.send(call);
    }

    /** Sends and reads the JSON body (an empty object for a body-less answer). */
    public JsonNode sendForJson(HttpCall call) {
        return parse(send(call), json);
    }

    /** The first application user's identity. */
    public WhoAmI whoAmI() {
        return identities.get(0);
    }

    public List<WhoAmI> identities() {
        return identities;
    }

    /** How many requests may be in flight now over all users. */
    public int capacity() {
        return pool.capacity();
    }

    public ClientStats stats() {
        return stats;
    }

    public ClientStatistics statistics() {
        return stats.snapshot();
    }

    static WhoAmI whoAmI(HttpAnswer answer, ObjectMapper json) {
        JsonNode body = parse(answer, json);
        int hint = answer.header("x-ms-dop-hint").map(DataverseClient::positiveInt).orElse(4);
        return new WhoAmI(uuid(body, "UserId"), uuid(body, "BusinessUnitId"), uuid(body, "OrganizationId"), hint);
    }

    private static int positiveInt(String text) {
        try {
            return Math.max(1, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 4;
        }
    }

    private static UUID uuid(JsonNode body, String field) {
        String text = body.path(field).asText("");
        return text.isEmpty() ? null : UUID.fromString(text);
    }

    static JsonNode parse(HttpAnswer answer, ObjectMapper json) {
        if (answer.body().length == 0) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.TARGET_REJECTED, "Dataverse answered with a body that is not JSON ("
                    + answer.body().length + " bytes, HTTP " + answer.status() + ")", "check the environment URL");
        }
    }
}
