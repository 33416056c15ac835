package org.atomic2dynamics.cli.owners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.cli.CommandRun;
import org.atomic2dynamics.demo.embedded.DatabaseSpec;
import org.atomic2dynamics.demo.embedded.EmbeddedSource;
import org.atomic2dynamics.demo.embedded.SourceDatabase;
import org.atomic2dynamics.demo.junit.EmbeddedSourceExtension;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;
import org.atomic2dynamics.emulator.SeedUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The owner queue of the demo data: the missing and the disabled user, with what each owns, counted by SQL. */
@ExtendWith(EmbeddedSourceExtension.class)
class OwnersCommandTest {
    private static final List<String> OWNED = List.of("companies", "contacts", "deals", "tasks", "contact_notes",
            "deal_notes");

    @TempDir
    Path dir;

    @Test
    void listsTheMissingAndTheDisabledUserWithTheirCounts(EmbeddedSource postgres) throws Exception {
        SourceDatabase db = postgres.database(DatabaseSpec.demo());
        List<String[]> sales = sales(db);
        String disabled = sales.get(sales.size() - 2)[1];
        String missing = sales.get(sales.size() - 1)[1];
        List<SeedUser> users = new ArrayList<>();
        for (String[] s : sales.subList(0, sales.size() - 1)) {
            users.add(new SeedUser(s[1], "First", "Last", s[1].equals(disabled)));
        }
        try (Emulator emu = Emulator.start(EmulatorSettings.defaults().withPort(0).withUsers(users))) {
            CommandRun run = owners(db, emu, null);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(33);
            Map<String, Map<String, String>> csv = csv(dir.resolve("out/owners.csv"));
            assertThat(csv.get(missing)).containsEntry("match", "missing").containsEntry("resolution", "held");
            assertThat(csv.get(disabled)).containsEntry("match", "email").containsEntry("matched_user_disabled", "true")
                    .containsEntry("resolution", "held");
            for (String who : List.of(missing, disabled)) {
                Map<String, Long> counted = ownedBySql(db, sales.stream().filter(s -> s[1].equals(who)).findFirst()
                        .orElseThrow()[0]);
                OWNED.forEach(t -> assertThat(Long.parseLong(csv.get(who).get(t))).as(who + " " + t)
                        .isEqualTo(counted.get(t)));
            }
            assertThat(run.out()).contains("has no Dynamics user").contains("is disabled in Dynamics");

            CommandRun withFallback = owners(db, emu, sales.get(0)[1]);
            assertThat(withFallback.exitCode()).as(withFallback.err()).isZero();
            assertThat(csv(dir.resolve("out/owners.csv")).get(missing).get("resolution")).startsWith("fallback: ");
        }
    }

    private CommandRun owners(SourceDatabase db, Emulator emu, String fallback) throws Exception {
        Path pw = Files.writeString(dir.resolve("pw"), db.password());
        Path secret = Files.writeString(dir.resolve("secret"), EmulatorSettings.DEFAULT_CLIENT_SECRET);
        List<String> args = new ArrayList<>(List.of("owners", "--source", db.uri(), "--source-password-file",
                pw.toString(), "--target", emu.baseUri().toString(), "--tenant", emu.tenant(), "--client-id",
                EmulatorSettings.DEFAULT_CLIENT_ID, "--client-secret-file", secret.toString(), "--out",
                dir.resolve("out").toString()));
        if (fallback != null) {
            args.addAll(List.of("--fallback-owner", fallback));
        }
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static List<String[]> sales(SourceDatabase db) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "select id, email from sales order by id")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }

    private static Map<String, Long> ownedBySql(SourceDatabase db, String salesId) throws Exception {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = db.connect()) {
            for (String table : OWNED) {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from " + table + " where sales_id = " + Long.parseLong(salesId))) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** owners.csv keyed by email (none of the demo's values contain commas). */
    private static Map<String, Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        Map<String, Map<String, String>> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            out.put(row.get("email"), row);
        }
        return out;
    }
}
