package org.atomic2dynamics.cli.wiring;

import java.net.URI;
import java.util.ArrayList;
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
        Secrets secrets = new Secrets(environment);
        List<String> ids = options.requireClientIds(environment);
        List<AppUser> users = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ClientCredentials app = new ClientCredentials(options.requireTenant(), ids.get(i), target);
            users.add(new AppUser(ids.get(i), tokens(options, app, secrets, i)));
        }
        return DataverseClient.connect(ClientSettings.of(target, users));
    }

    /** The {@code index}-th application user's token provider (0-based). */
    private static TokenProvider tokens(TargetOptions options, ClientCredentials app, Secrets secrets, int index) {
        if (options.certificate != null) {
            return MsalTokenProvider.withCertificate(app, options.certificate,
                    secrets.fromEnvironment(CERTIFICATE_PASSWORD_VARIABLE));
        }
        Secret secret = index < options.clientSecretFiles.size() ? secrets.fromFile(options.clientSecretFiles.get(index))
                : secrets.fromEnvironment(index == 0 ? SECRET_VARIABLE : SECRET_VARIABLE + "_" + (index + 1));
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
