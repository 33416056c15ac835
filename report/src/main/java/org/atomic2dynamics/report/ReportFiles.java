package org.atomic2dynamics.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/** Writes report files atomically (temp file + rename), so a reader never sees half a report. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** Creates {@code dir} if needed and checks it can be written, before any work starts. */
    public static Path prepareDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new MigrationException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write to " + dir + " (" + reason(e) + ")",
                    "choose a writable folder with --out");
        }
    }

    public static void write(Path file, String content) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write " + file + " (" + reason(e) + ")",
                    "choose a writable folder with --out");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName().replace("Exception", "") + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
