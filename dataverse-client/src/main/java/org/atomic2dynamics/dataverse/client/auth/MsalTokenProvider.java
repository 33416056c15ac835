package org.atomic2dynamics.dataverse.client.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/**
 * Entra ID client credentials through MSAL4J, with a client secret or a certificate (PKCS#12 file and its
 * password). One ConfidentialClientApplication per provider; the token is renewed five minutes before
 * expiry. The authority defaults to https://login.microsoftonline.com/{tenant}/.
 */
public final class MsalTokenProvider implements TokenProvider {
    public static final String DEFAULT_AUTHORITY = "https://login.microsoftonline.com/";
    private static final Duration RENEW_MARGIN = Duration.ofMinutes(5);

    private final ClientCredentials app;
    private final String credentialOrigin;
    private final Secret scrubbed;
    private final ConfidentialClientApplication msal;
    private final RenewingTokenCache cache;

    private MsalTokenProvider(ClientCredentials app, IClientCredential credential, Secret scrubbed, String authority) {
        this.app = app;
        this.scrubbed = scrubbed;
        this.credentialOrigin = scrubbed.origin();
        try {
            this.msal = ConfidentialClientApplication.builder(app.clientId(), credential)
                    .authority(authority + app.tenant() + "/").build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new MigrationException(ErrorCode.USAGE, "the authority for tenant " + app.tenant() + " is not a valid URL",
                    "give the tenant id or domain, e.g. contoso.onmicrosoft.com");
        }
        this.cache = new RenewingTokenCache(this::fetch, RENEW_MARGIN, Clock.systemUTC());
    }

    public static MsalTokenProvider withSecret(ClientCredentials app, Secret clientSecret) {
        return new MsalTokenProvider(app, ClientCredentialFactory.createFromSecret(clientSecret.reveal()),
                clientSecret, DEFAULT_AUTHORITY);
    }

    /** A PKCS#12 (.pfx) certificate with its private key; the password comes from the environment or a file. */
    public static MsalTokenProvider withCertificate(ClientCredentials app, Path pkcs12, Secret password) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pkcs12);
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.INPUT_NOT_READABLE, "certificate " + pkcs12 + " cannot be read",
                    "check the path and that this user may read it");
        }
        IClientCredential credential;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            credential = ClientCredentialFactory.createFromCertificate(in, password.reveal());
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new MigrationException(ErrorCode.TARGET_AUTH, "certificate " + pkcs12 + " cannot be opened with the"
                    + " password from " + password.origin(), "check that it is a PKCS#12 file with a private key");
        }
        return new MsalTokenProvider(app, credential, password, DEFAULT_AUTHORITY);
    }

    @Override
    public AccessToken token() {
        return cache.get();
    }

    @Override
    public void invalidate() {
        cache.invalidate();
    }

    @Override
    public String describe() {
        return "client " + app.clientId() + " via MSAL (credential from " + credentialOrigin + ")";
    }

    private AccessToken fetch() {
        ClientCredentialParameters params = ClientCredentialParameters.builder(Set.of(app.scope())).build();
        try {
            IAuthenticationResult result = msal.acquireToken(params).get();
            return new AccessToken(Secret.of(result.accessToken(), "Entra ID"), result.expiresOnDate().toInstant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(ErrorCode.INTERRUPTED, "interrupted while fetching a token", "run again");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof MsalException ? ((MsalException) cause).errorCode() : "no answer";
            String first = cause == null || cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
            throw new MigrationException(ErrorCode.TARGET_AUTH, scrubbed.scrub("Entra ID refused a token for client "
                    + app.clientId() + ": " + reason + (first.isEmpty() ? "" : " (" + first + ")")),
                    "check the tenant, client id and credential of the application user");
        }
    }
}
