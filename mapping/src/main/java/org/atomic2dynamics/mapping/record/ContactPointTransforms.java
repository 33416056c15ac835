package org.atomic2dynamics.mapping.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.mapping.convert.ContactPoints;
import org.atomic2dynamics.mapping.convert.ContactPoints.Placement;
import org.atomic2dynamics.mapping.convert.ContactPoints.Point;
import org.atomic2dynamics.mapping.convert.ValueIssue;

/**
 * email_jsonb and phone_jsonb into fixed columns. When the last target is a multi-line column it is the
 * overflow: what does not fit, or is not a valid address, is kept there as "Type: value" lines.
 */
final class ContactPointTransforms {
    private ContactPointTransforms() {
    }

    static void emails(CompiledEntry e, RecordOut out) {
        int slots = slotCount(e);
        List<Point> points = ContactPoints.read(out.input(e), "email");
        List<String> order = Arrays.asList(e.mapping().param("order", "Work,Home,Other").split("\\s*,\\s*"));
        int maxLength = e.targets().subList(0, slots).stream().map(ColumnDef::maxLength)
                .filter(java.util.Objects::nonNull).min(Integer::compare).orElse(Integer.MAX_VALUE);
        Placement p = ContactPoints.emails(points, order, slots, maxLength);
        p.invalid().forEach(x -> out.issue(e, 0, ValueIssue.INVALID_EMAIL, "'" + x.value()
                + "' is not a valid address; kept in the overflow column"));
        write(e, out, p, "addresses");
    }

    static void phones(CompiledEntry e, RecordOut out) {
        int slots = slotCount(e);
        Map<String, Integer> typeSlots = new HashMap<>();
        e.mapping().valueMap().forEach((type, column) -> {
            for (int i = 0; i < slots; i++) {
                if (e.targetName(i).equals(column)) {
                    typeSlots.put(type, i);
                }
            }
        });
        List<Integer> maxLengths = new ArrayList<>();
        e.targets().subList(0, slots).forEach(c -> maxLengths.add(c.maxLength()));
        Placement p = ContactPoints.phones(ContactPoints.read(out.input(e), "number"), typeSlots, maxLengths);
        write(e, out, p, "numbers");
    }

    private static void write(CompiledEntry e, RecordOut out, Placement p, String what) {
        int slots = slotCount(e);
        for (int i = 0; i < slots; i++) {
            out.put(e, i, p.slots().get(i));
        }
        boolean hasOverflow = slots < e.targets().size();
        if (p.overflow().isEmpty()) {
            if (hasOverflow) {
                out.put(e, slots, null);
            }
            return;
        }
        if (!hasOverflow) {
            out.issue(e, 0, ValueIssue.OUT_OF_RANGE, p.overflow().size() + " " + what
                    + " do not fit and the map has no overflow column: " + p.overflow());
            return;
        }
        out.issue(e, slots, ValueIssue.MOVED, p.overflow().size() + " " + what + " kept in " + e.targetName(slots));
        out.put(e, slots, String.join("\n", p.overflow()));
    }

    private static int slotCount(CompiledEntry e) {
        int n = e.targets().size();
        return n > 1 && e.target(n - 1).type() == AttributeType.MEMO ? n - 1 : n;
    }
}
