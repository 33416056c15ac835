package org.atomic2dynamics.dataverse.client.emu;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.atomic2dynamics.dataverse.client.AppUser;
import org.atomic2dynamics.dataverse.client.ClientSettings;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.auth.ClientCredentials;
import org.atomic2dynamics.dataverse.client.auth.FormPostTokenProvider;
import org.atomic2dynamics.dataverse.client.auth.Secret;
import org.atomic2dynamics.dataverse.client.throttle.RetryPolicy;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;

/** A client of a running emulator, authenticated through its token endpoint like a real tenant. */
public final class EmulatorClients {
    private EmulatorClients() {
    }

    public static FormPostTokenProvider tokens(Emulator emulator, String clientId, String secret) {
        return new FormPostTokenProvider(emulator.baseUri(),
                new ClientCredentials(emulator.tenant(), clientId, emulator.baseUri()), Secret.of(secret, "test"));
    }

    public static DataverseClient connect(Emulator emulator, RetryPolicy retry) {
        AppUser user = new AppUser("app", tokens(emulator, EmulatorSettings.DEFAULT_CLIENT_ID,
                EmulatorSettings.DEFAULT_CLIENT_SECRET));
        return DataverseClient.connect(new ClientSettings(emulator.baseUri(), List.of(user), retry, 48,
                HttpClient.Version.HTTP_1_1, Duration.ofSeconds(60)));
    }

    public static DataverseClient connect(Emulator emulator) {
        return connect(emulator, new RetryPolicy(12, Duration.ofMillis(50), Duration.ofSeconds(2)));
    }
}
