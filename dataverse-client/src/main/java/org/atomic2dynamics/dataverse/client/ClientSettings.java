package org.atomic2dynamics.dataverse.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.atomic2dynamics.dataverse.client.throttle.RetryPolicy;

/**
 * How to reach one Dataverse environment.
 *
 * @param environment        base URL, e.g. https://contoso.crm.dynamics.com/
 * @param users              one or more application users, used in parallel
 * @param retry              retry policy for transient failures
 * @param maxInFlightPerUser ceiling of the adaptive concurrency per user (Dataverse refuses more than 52)
 * @param httpVersion        HTTP/2 preferred; HTTP/1.1 for proxies that mishandle h2
 * @param requestTimeout     one request's timeout (Dataverse itself stops a request after about 2 minutes)
 */
public record ClientSettings(URI environment, List<AppUser> users, RetryPolicy retry, int maxInFlightPerUser,
        HttpClient.Version httpVersion, Duration requestTimeout) {

    public ClientSettings {
        users = List.copyOf(users);
        if (users.isEmpty()) {
            throw new IllegalArgumentException("at least one application user is required");
        }
    }

    public static ClientSettings of(URI environment, List<AppUser> users) {
        return new ClientSettings(environment, users, RetryPolicy.standard(), 48, HttpClient.Version.HTTP_2,
                Duration.ofMinutes(3));
    }

    public ClientSettings withRetry(RetryPolicy policy) {
        return new ClientSettings(environment, users, policy, maxInFlightPerUser, httpVersion, requestTimeout);
    }

    public ClientSettings withMaxInFlightPerUser(int max) {
        return new ClientSettings(environment, users, retry, max, httpVersion, requestTimeout);
    }
}
