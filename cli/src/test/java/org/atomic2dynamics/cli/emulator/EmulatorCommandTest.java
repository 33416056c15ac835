package org.atomic2dynamics.cli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.atomic2dynamics.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EmulatorCommandTest {

    @Test
    void aPortInUseEndsWithOneLineAndExitCode42() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String[] result = runMain("emulator", "--port", String.valueOf(busy.getLocalPort()));
            assertThat(result[0]).isEqualTo("42");
            assertThat(result[1].trim()).startsWith("error[PORT_IN_USE]: port " + busy.getLocalPort())
                    .doesNotContain("\tat ").contains("--port");
        }
    }

    @Test
    void aBadUsersFileIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
        Path users = dir.resolve("users.csv");
        Files.writeString(users, "email,first_name,last_name,disabled\nann@example.com,Ann,Lee,maybe\n");
        String[] result = runMain("emulator", "--port", "0", "--users", users.toString());
        assertThat(result[0]).isEqualTo("41");
        assertThat(result[1]).contains("line 2").contains("disabled must be true or false");
    }

    @Test
    void itPrintsItsUrlsAndCredentialsThenStops(@TempDir Path dir) throws IOException {
        Path users = dir.resolve("users.csv");
        Files.writeString(users, "email,first_name,last_name,disabled\nann@example.com,Ann,Lee,false\n");
        EmulatorCommand command = new EmulatorCommand();
        AtomicReference<String> seen = new AtomicReference<>();
        StringWriter out = new StringWriter();
        command.waitForStop = () -> seen.set(out.toString());
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("--port", "0", "--users", users.toString())).isZero();
        assertThat(seen.get()).contains("/api/data/v9.2/").contains("/oauth2/v2.0/token").contains("Client id:")
                .contains("Seeded users:  1");
    }

    /** Runs the full command line as Main does and returns stderr with the exit code. */
    private static String[] runMain(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(original);
        }
    }
}
