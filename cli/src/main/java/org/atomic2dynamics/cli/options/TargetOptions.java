package org.atomic2dynamics.cli.options;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import picocli.CommandLine.Option;

/**
 * How to reach the Dataverse environment. The client secret comes from A2D_CLIENT_SECRET or
 * --client-secret-file, a certificate's password from A2D_CERTIFICATE_PASSWORD: never from an argument.
 */
public final class TargetOptions {

    @Option(names = "--target", required = true, paramLabel = "URL",
            description = "The environment, e.g. https://contoso.crm.dynamics.com (or the emulator's URL).")
    public String target;

    @Option(names = "--tenant", paramLabel = "ID", defaultValue = "${env:A2D_TENANT}",
            description = "Entra ID tenant id or domain (default: $A2D_TENANT).")
    public String tenant;

    @Option(names = "--client-id", paramLabel = "ID", split = ",",
            description = "Application (client) id of the application user (default: $A2D_CLIENT_ID). Repeat it, or"
                    + " separate ids with commas, to spread the load over several application users, each with its"
                    + " own service-protection limits; the n-th one's secret comes from $A2D_CLIENT_SECRET_n (n >= 2)"
                    + " or the n-th --client-secret-file.")
    public List<String> clientIds = new ArrayList<>();

    @Option(names = "--client-secret-file", paramLabel = "FILE",
            description = "A file holding the client secret (otherwise $A2D_CLIENT_SECRET); repeat it per --client-id.")
    public List<Path> clientSecretFiles = new ArrayList<>();

    @Option(names = "--certificate", paramLabel = "FILE.p12",
            description = "A PKCS#12 certificate instead of a secret; its password from $A2D_CERTIFICATE_PASSWORD.")
    public Path certificate;

    @Option(names = "--authority", paramLabel = "URL",
            description = "Post the token request to <URL>/<tenant>/oauth2/v2.0/token instead of using Entra ID"
                    + " through MSAL (default for a loopback target: the target itself, as the emulator serves it).")
    public String authority;

    public URI targetUri() {
        try {
            URI uri = URI.create(target.endsWith("/") ? target : target + "/");
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new MigrationException(ErrorCode.USAGE, "--target " + target + " is not a URL",
                    "give the environment's URL, e.g. https://contoso.crm.dynamics.com");
        }
    }

    public boolean isLoopback() {
        String host = targetUri().getHost();
        return "localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host);
    }

    public String requireTenant() {
        return require(tenant, "--tenant", "A2D_TENANT");
    }

    /** The application users' client ids: the options, else $A2D_CLIENT_ID (comma-separated too). */
    public List<String> requireClientIds(java.util.Map<String, String> environment) {
        List<String> ids = clientIds.isEmpty() && environment.get("A2D_CLIENT_ID") != null
                ? List.of(environment.get("A2D_CLIENT_ID").split(",")) : clientIds;
        if (ids.isEmpty()) {
            require(null, "--client-id", "A2D_CLIENT_ID");
        }
        return ids.stream().map(String::strip).toList();
    }

    private static String require(String value, String option, String variable) {
        if (value == null || value.isBlank()) {
            throw new MigrationException(ErrorCode.USAGE, option + " is required to reach the target",
                    "give " + option + " or set " + variable);
        }
        return value;
    }
}
