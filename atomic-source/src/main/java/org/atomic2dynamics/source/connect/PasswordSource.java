package org.atomic2dynamics.source.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/**
 * Where the source password comes from, in order: a file named on the command line, A2D_SOURCE_PASSWORD,
 * PGPASSWORD. Never from an argument. An absent password is not an error here: a local server may trust us.
 */
public final class PasswordSource {
    public static final String ENV_PRIMARY = "A2D_SOURCE_PASSWORD";
    public static final String ENV_LIBPQ = "PGPASSWORD";

    private PasswordSource() {
    }

    public static Optional<String> resolve(Path passwordFile, Map<String, String> environment) {
        if (passwordFile != null) {
            return Optional.of(readFile(passwordFile));
        }
        for (String name : new String[] {ENV_PRIMARY, ENV_LIBPQ}) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.INPUT_NOT_READABLE, "cannot read the source password file " + file,
                    "check the path and that this user may read it");
        }
        String password = text.replaceAll("\\R+$", "");
        if (password.isEmpty()) {
            throw new MigrationException(ErrorCode.SECRET_MISSING, "the source password file " + file + " is empty",
                    "write the database password into it");
        }
        return password;
    }
}
