package org.atomic2dynamics.dataverse.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @Test
    void aSecretNeverPrintsItself() {
        Secret s = Secret.of("hunter2-very-secret", "environment variable A2D_SECRET");
        assertThat(s.toString()).doesNotContain("hunter2").contains("A2D_SECRET");
        assertThat(s.scrub("server said: bad secret hunter2-very-secret!")).isEqualTo("server said: bad secret ****!");
    }

    @Test
    void readsFromTheEnvironmentAndNamesAMissingVariable() {
        Secrets secrets = new Secrets(Map.of("A2D_SECRET", "s3cr3t\n"));
        assertThat(secrets.fromEnvironment("A2D_SECRET").reveal()).isEqualTo("s3cr3t");
        assertThatThrownBy(() -> secrets.fromEnvironment("A2D_OTHER"))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SECRET_MISSING);
                    assertThat(e.oneLine()).contains("A2D_OTHER");
                });
    }

    @Test
    void readsFromAFileWithoutTheTrailingNewline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, "from-file\n");
        Secrets secrets = new Secrets(Map.of());
        assertThat(secrets.fromFile(file).reveal()).isEqualTo("from-file");
        Files.writeString(file, "\n");
        assertThatThrownBy(() -> secrets.fromFile(file)).isInstanceOf(MigrationException.class)
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> secrets.fromFile(dir.resolve("none"))).isInstanceOfSatisfying(MigrationException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INPUT_NOT_READABLE));
    }

    @Test
    void aBadCertificateFailsWithOneLineThatHoldsNoPassword(@TempDir Path dir) throws Exception {
        Path pfx = dir.resolve("app.pfx");
        Files.writeString(pfx, "not a certificate");
        Secret password = Secret.of("pfx-password-123", "environment variable A2D_CERT_PASSWORD");
        ClientCredentials app = new ClientCredentials("contoso.onmicrosoft.com", "11111111-2222-3333-4444-555555555555",
                java.net.URI.create("https://contoso.crm.dynamics.com"));
        assertThatThrownBy(() -> MsalTokenProvider.withCertificate(app, pfx, password))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TARGET_AUTH);
                    assertThat(e.oneLine()).doesNotContain("pfx-password-123").contains("A2D_CERT_PASSWORD");
                });
    }

    @Test
    void theScopeIsTheEnvironmentWithDefault() {
        ClientCredentials app = new ClientCredentials("t", "c", java.net.URI.create("https://org.crm4.dynamics.com/"));
        assertThat(app.scope()).isEqualTo("https://org.crm4.dynamics.com/.default");
    }
}
