package org.atomic2dynamics.source.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.source.Sources;
import org.atomic2dynamics.source.TestSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedSourceExtension.class)
class SourceConnectorTest {

    @Test
    void sessionIsReadOnlyAndRefusesWrites(EmbeddedSource pg) throws SQLException {
        try (SourceSession session = TestSources.session(pg.database(DatabaseSpec.demo()))) {
            assertThat(session.readOnly()).isTrue();
            try (Statement st = session.connection().createStatement();
                    ResultSet rs = st.executeQuery("show default_transaction_read_only")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
            assertThatThrownBy(() -> session.connection().createStatement().execute("delete from public.tasks"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("read-only transaction");
        }
    }

    @Test
    void wrongPasswordIsSourceAuthAndNeverEchoed(EmbeddedSource pg) {
        SourceDatabase db = pg.database(DatabaseSpec.demo());
        assertThatThrownBy(() -> Sources.session(db.uri(), null, Map.of("PGPASSWORD", "Wr0ngPassw0rd")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_AUTH);
                    assertThat(e.oneLine()).contains("password authentication failed").doesNotContain("Wr0ngPassw0rd");
                });
        assertThatThrownBy(() -> Sources.session(db.uri(), null, Map.of()))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_AUTH);
                    assertThat(e.hint()).contains("PGPASSWORD");
                });
    }

    @Test
    void closedPortIsSourceUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ConnectionSpec spec = ConnectionStrings.parse("postgresql://postgres@127.0.0.1:" + port + "/postgres");
        assertThatThrownBy(() -> SourceConnector.open(spec, Optional.of("x")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_UNREACHABLE);
                    assertThat(e.oneLine()).contains("127.0.0.1:" + port).contains("connection refused");
                });
    }

    @Test
    void missingDatabaseIsNamed(EmbeddedSource pg) {
        SourceDatabase db = pg.superuser("no_such_db");
        assertThatThrownBy(() -> TestSources.session(db))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_UNREACHABLE);
                    assertThat(e.getMessage()).contains("no_such_db");
                });
    }

    @Test
    void notAnAtomicCrmDatabase(EmbeddedSource pg) {
        SourceDatabase plain = pg.plainDatabase();
        assertThatThrownBy(() -> TestSources.reader(plain))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_NOT_ATOMIC);
                    assertThat(e.oneLine()).contains("no Atomic CRM tables");
                });
    }

    @Test
    void transactionPoolerPortIsWarnedAbout() {
        ConnectionSpec spec = ConnectionStrings.parse("postgresql://postgres.x@127.0.0.1:6543/postgres");
        assertThat(SourceConnector.warnings(spec)).singleElement().asString().contains("6543").contains("cursor");
        assertThat(SourceConnector.warnings(ConnectionStrings.parse("postgresql://postgres.x@127.0.0.1:5432/postgres")))
                .isEmpty();
    }
}
