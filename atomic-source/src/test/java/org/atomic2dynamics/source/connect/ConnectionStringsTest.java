package org.atomic2dynamics.source.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.junit.jupiter.api.Test;

class ConnectionStringsTest {

    @Test
    void supabaseDirectConnectionUri() {
        ConnectionSpec spec = ConnectionStrings.parse("postgresql://postgres@db.abcdefghijklm.supabase.co:5432/postgres");
        assertThat(spec.host()).isEqualTo("db.abcdefghijklm.supabase.co");
        assertThat(spec.port()).isEqualTo(5432);
        assertThat(spec.database()).isEqualTo("postgres");
        assertThat(spec.user()).isEqualTo("postgres");
        assertThat(spec.kind()).isEqualTo("Supabase direct connection");
        assertThat(spec.sslMode()).isEqualTo("require");
    }

    @Test
    void supabaseSessionPoolerKeepsTheProjectInTheUser() {
        ConnectionSpec spec = ConnectionStrings.parse(
                "postgres://postgres.abcdefghijklm@aws-0-eu-central-1.pooler.supabase.com:5432/postgres");
        assertThat(spec.user()).isEqualTo("postgres.abcdefghijklm");
        assertThat(spec.kind()).isEqualTo("Supabase session pooler");
        assertThat(spec.isTransactionPooler()).isFalse();
        ConnectionSpec tx = ConnectionStrings.parse(
                "postgresql://postgres.abc@aws-0-eu-central-1.pooler.supabase.com:6543/postgres");
        assertThat(tx.isTransactionPooler()).isTrue();
        assertThat(tx.kind()).isEqualTo("Supabase transaction pooler");
    }

    @Test
    void jdbcUrlWithParameters() {
        ConnectionSpec spec = ConnectionStrings.parse("jdbc:postgresql://10.1.2.3:5433/crm?user=reader&sslmode=verify-full");
        assertThat(spec.host()).isEqualTo("10.1.2.3");
        assertThat(spec.port()).isEqualTo(5433);
        assertThat(spec.database()).isEqualTo("crm");
        assertThat(spec.user()).isEqualTo("reader");
        assertThat(spec.sslMode()).isEqualTo("verify-full");
        assertThat(spec.parameters()).doesNotContainKey("user");
    }

    @Test
    void libpqKeyValueAndBareHost() {
        ConnectionSpec kv = ConnectionStrings.parse("host=db.x.supabase.co port=5432 dbname=postgres user=postgres");
        assertThat(kv.display()).isEqualTo("postgresql://postgres@db.x.supabase.co:5432/postgres");
        ConnectionSpec bare = ConnectionStrings.parse("localhost:15432/crm");
        assertThat(bare.port()).isEqualTo(15432);
        assertThat(bare.database()).isEqualTo("crm");
        assertThat(bare.user()).isEqualTo("postgres");
        assertThat(bare.sslMode()).isEqualTo("disable");
        assertThat(ConnectionStrings.parse("db.x.supabase.co").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.x.supabase.co:5432/postgres");
    }

    @Test
    void ipv6HostsAreBracketed() {
        ConnectionSpec spec = ConnectionStrings.parse("postgresql://u@[::1]:6000/db");
        assertThat(spec.host()).isEqualTo("::1");
        assertThat(spec.isLocal()).isTrue();
        assertThat(spec.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:6000/db");
    }

    @Test
    void aPasswordInTheStringIsRefusedWithoutEchoingIt() {
        for (String s : new String[] {"postgresql://postgres:hunter2@db.x.supabase.co:5432/postgres",
                "jdbc:postgresql://h/db?user=u&password=hunter2", "host=h user=u password=hunter2"}) {
            assertThatThrownBy(() -> ConnectionStrings.parse(s))
                    .isInstanceOfSatisfying(MigrationException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.USAGE);
                        assertThat(e.oneLine()).doesNotContain("hunter2").contains("PGPASSWORD");
                    });
        }
    }

    @Test
    void badStringsGetOneClearLine() {
        assertThatThrownBy(() -> ConnectionStrings.parse("mysql://h/db")).hasMessageContaining("scheme");
        assertThatThrownBy(() -> ConnectionStrings.parse("h:notaport/db")).hasMessageContaining("port");
        assertThatThrownBy(() -> ConnectionStrings.parse(" ")).hasMessageContaining("empty");
    }
}
