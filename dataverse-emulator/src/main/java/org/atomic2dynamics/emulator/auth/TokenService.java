package org.atomic2dynamics.emulator.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.atomic2dynamics.emulator.data.OrgIds;
import org.atomic2dynamics.emulator.http.Json;

/**
 * Issues and checks access tokens: HS256-signed JWTs shaped like Entra ID's (aud, iss, tid, appid, oid,
 * exp). The signing key is derived from the tenant and the accepted clients, so tokens stay valid across
 * a restart with the same configuration.
 */
public final class TokenService {
    public static final int LIFETIME_SECONDS = 3599;

    private final String tenant;
    private final Map<String, String> clients;
    private final boolean open;
    private final Clock clock;
    private final byte[] key;
    /** The last token whose signature and client checked out: clients send the same one for an hour. */
    private final AtomicReference<Signed> lastSigned = new AtomicReference<>();

    private record Signed(String token, Caller caller, long expires) {
    }

    public TokenService(String tenant, Map<String, String> clients, boolean open, Clock clock) {
        this.tenant = tenant;
        this.clients = Map.copyOf(clients);
        this.open = open;
        this.clock = clock;
        this.key = deriveKey(tenant, clients);
    }

    public String tenant() {
        return tenant;
    }

    public boolean knowsClient(String clientId) {
        return clients.containsKey(clientId);
    }

    /** Constant-time check of a client secret. */
    public boolean secretMatches(String clientId, String secret) {
        String expected = clients.get(clientId);
        return expected != null && secret != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The application user a client acts as. */
    public UUID applicationUser(String clientId) {
        return OrgIds.id(tenant, "appuser:" + clientId);
    }

    public String issue(String clientId, String audience) {
        long now = clock.instant().getEpochSecond();
        ObjectNode header = Json.object().put("typ", "JWT").put("alg", "HS256");
        ObjectNode claims = Json.object().put("aud", audience).put("iss", "https://sts.windows.net/" + tenant + "/")
                .put("iat", now).put("nbf", now).put("exp", now + LIFETIME_SECONDS).put("appid", clientId)
                .put("oid", applicationUser(clientId).toString()).put("tid", tenant);
        String unsigned = encode(Json.bytes(header)) + "." + encode(Json.bytes(claims));
        return unsigned + "." + encode(sign(unsigned));
    }

    /** The caller a bearer token stands for; empty when it is missing, forged or expired. */
    public Optional<Caller> verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        Optional<Caller> fromToken = parse(token);
        if (fromToken.isPresent() || !open || token.isEmpty()) {
            return fromToken;
        }
        String first = new TreeMap<>(clients).firstKey();
        return Optional.of(new Caller(applicationUser(first), first));
    }

    private Optional<Caller> parse(String token) {
        Signed signed = lastSigned.get();
        if (signed == null || !signed.token().equals(token)) {
            signed = checkSignature(token);
            if (signed == null) {
                return Optional.empty();
            }
            lastSigned.set(signed);
        }
        return signed.expires() < clock.instant().getEpochSecond() ? Optional.empty() : Optional.of(signed.caller());
    }

    /** The token's caller and expiry when it is signed with our key for an accepted client, else null. */
    private Signed checkSignature(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        byte[] expected = sign(parts[0] + "." + parts[1]);
        try {
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return null;
            }
            JsonNode claims = Json.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
            String appId = claims.path("appid").asText();
            if (!clients.containsKey(appId)) {
                return null;
            }
            return new Signed(token, new Caller(applicationUser(appId), appId), claims.path("exp").asLong());
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] deriveKey(String tenant, Map<String, String> clients) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(tenant.getBytes(StandardCharsets.UTF_8));
            new TreeMap<>(clients).forEach((id, secret) -> {
                sha.update(id.getBytes(StandardCharsets.UTF_8));
                sha.update(secret.getBytes(StandardCharsets.UTF_8));
            });
            return sha.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
