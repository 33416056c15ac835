package org.atomic2dynamics.engine.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.atomic2dynamics.core.target.EntityRef;
import org.atomic2dynamics.core.target.TargetRecord;

/**
 * A stable hash of what a record sends: equal hashes mean an identical request, so the record is skipped as
 * unchanged. Keys are sorted and numbers normalised, so map order and 1.50 vs 1.5 do not matter.
 */
public final class RecordHash {
    private RecordHash() {
    }

    public static String of(TargetRecord record) {
        StringBuilder canonical = new StringBuilder(record.table()).append('|').append(record.id()).append('|');
        new TreeMap<>(record.attributes()).forEach((k, v) -> canonical.append(k).append('=').append(value(v)).append(';'));
        canonical.append('|');
        new TreeMap<String, EntityRef>(record.binds()).forEach((k, v) -> canonical.append(k).append('=')
                .append(v.bindPath()).append(';'));
        return sha256(canonical.toString());
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof BigDecimal d) {
            return "n:" + d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Number n) {
            return "n:" + new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Map<?, ?> m) {
            return new TreeMap<>(m).toString();
        }
        return v.getClass().getSimpleName().charAt(0) + ":" + v;
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
