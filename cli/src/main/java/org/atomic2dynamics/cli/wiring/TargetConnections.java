package org.atomic2dynamics.cli.wiring;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.cli.options.TargetOptions;
import org.atomic2dynamics.dataverse.client.AppUser;
import org.atomic2dynamics.dataverse.client.ClientSettings;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.auth.ClientCredentials;
import org.atomic2dynamics.dataverse.client.auth.FormPostTokenProvider;
import org.atomic2dynamics.dataverse.client.auth.MsalTokenProvider;
import org.atomic2dynamics.dataverse.client.auth.Secret;
import org.atomic2dynamics.dataverse.client.auth.Secrets;
import org.atomic2dynamics.dataverse.client.auth.TokenProvider;

/** Turns target options into a connected client: Entra ID through MSAL4J, or a plain token endpoint. */
public final class TargetConnections {
    public static final String SECRET_VARIABLE = "A2D_CLIENT_SECRET";
    public static final String CERTIFICATE_PASSWORD_VARIABLE = "A2D_CERTIFICATE_PASSWORD";

    private TargetConnections() {
    }

    public static DataverseClient connect(TargetOptions options, Map<String, String> environment) {
        URI target = options.targetUri();
        ClientCredentials app = new ClientCredentials(options.requireTenant(), options.requireClientId(), target);
        Secrets secrets = new Secrets(environment);
        TokenProvider tokens = tokens(options, app, secrets);
        return DataverseClient.connect(ClientSettings.of(target, List.of(new AppUser(options.clientId, tokens))));
    }

    private static TokenProvider tokens(TargetOptions options, ClientCredentials app, Secrets secrets) {
        if (options.certificate != null) {
            return MsalTokenProvider.withCertificate(app, options.certificate,
                    secrets.fromEnvironment(CERTIFICATE_PASSWORD_VARIABLE));
        }
        Secret secret = options.clientSecretFile != null ? secrets.fromFile(options.clientSecretFile)
                : secrets.fromEnvironment(SECRET_VARIABLE);
        if (options.authority != null || options.isLoopback()) {
            return new FormPostTokenProvider(authority(options), app, secret);
        }
        return MsalTokenProvider.withSecret(app, secret);
    }

    /** The authority a form post goes to; the provider appends {tenant}/oauth2/v2.0/token. */
    private static URI authority(TargetOptions options) {
        if (options.authority == null) {
            URI t = options.targetUri();
            return URI.create(t.getScheme() + "://" + t.getAuthority() + "/");
        }
        return URI.create(options.authority);
    }
}
