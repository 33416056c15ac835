package org.atomic2dynamics.source.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/** Writes DIR/audit.json and DIR/audit.md. */
public final class AuditFiles {
    public static final String JSON = "audit.json";
    public static final String MARKDOWN = "audit.md";

    private AuditFiles() {
    }

    public static void write(AuditReport report, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(JSON), AuditJson.write(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(MARKDOWN), AuditMarkdown.write(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write the audit into " + dir + ": "
                    + e.getMessage(), "choose an --out directory this user can create and write");
        }
    }
}
