package org.atomic2dynamics.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** The sandbox starts both servers, says how to reach them, keeps them up, and stops cleanly. */
class SandboxCommandTest {

    @Test
    void printsReachableServersAndStopsOnRequest() throws Exception {
        SandboxCommand sandbox = new SandboxCommand();
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(sandbox);
        cl.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("--port", "0"));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!out.toString().contains("Running until Ctrl-C") && System.nanoTime() < deadline && !exit.isDone()) {
            Thread.sleep(100);
        }
        String text = out.toString();
        assertThat(text).contains("Running until Ctrl-C");

        String password = group(text, "export PGPASSWORD='([^']+)'");
        String source = group(text, "Atomic CRM demo database: postgresql://(\\S+)");
        String jdbc = "jdbc:postgresql://" + source.substring(source.indexOf('@') + 1);
        try (var c = DriverManager.getConnection(jdbc, "postgres", password);
                var rs = c.createStatement().executeQuery("select count(*) from contacts")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(500L);
        }
        String target = group(text, "TGT=(\\S+)");
        HttpResponse<String> unauthenticated = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(target + "/api/data/v9.2/WhoAmI")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unauthenticated.statusCode()).isEqualTo(401);

        sandbox.stop();
        assertThat(exit.get()).isZero();
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in:\n" + text).isTrue();
        return m.group(1);
    }
}
