package org.atomic2dynamics.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads {@code users.csv}: header {@code email,first_name,last_name,disabled}, one user per line. */
public final class SeedUsers {
    private static final String HEADER = "email,first_name,last_name,disabled";

    private SeedUsers() {
    }

    public static List<SeedUser> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmulatorException(EmulatorException.Reason.INPUT_NOT_READABLE, "cannot read " + file + ": "
                    + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").trim().equalsIgnoreCase(HEADER)) {
            throw bad(file, 1, "the header must be exactly '" + HEADER + "'");
        }
        List<SeedUser> users = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                users.add(user(file, i + 1, fields(file, i + 1, lines.get(i))));
            }
        }
        return users;
    }

    private static SeedUser user(Path file, int line, List<String> f) {
        if (f.size() != 4) {
            throw bad(file, line, "expected 4 fields, found " + f.size());
        }
        String disabled = f.get(3).trim().toLowerCase(Locale.ROOT);
        if (!List.of("true", "false", "1", "0", "").contains(disabled)) {
            throw bad(file, line, "disabled must be true or false, not '" + f.get(3) + "'");
        }
        if (!f.get(0).contains("@")) {
            throw bad(file, line, "'" + f.get(0) + "' is not an email address");
        }
        return new SeedUser(f.get(0).trim(), f.get(1).trim(), f.get(2).trim(),
                disabled.equals("true") || disabled.equals("1"));
    }

    private static List<String> fields(Path file, int line, String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw bad(file, line, "a quoted field is not closed");
        }
        out.add(cur.toString());
        return out;
    }

    private static EmulatorException bad(Path file, int line, String what) {
        return new EmulatorException(EmulatorException.Reason.INPUT_NOT_READABLE, file + " line " + line + ": " + what);
    }
}
