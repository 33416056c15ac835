package org.atomic2dynamics.emulator.data;

import java.util.Base64;
import java.util.Map;
import org.atomic2dynamics.emulator.error.DataverseException;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Record;

/** Columns the platform computes: full names of people, and the document facts of a note. */
final class Computed {
    private Computed() {
    }

    static void apply(EntityType type, Record existing, Map<String, Object> values, long maxAttachmentBytes) {
        if (type.property("fullname").isPresent() && type.property("lastname").isPresent()
                && (values.containsKey("firstname") || values.containsKey("lastname"))) {
            String first = pick(values, existing, "firstname");
            String last = pick(values, existing, "lastname");
            String full = (first + " " + last).trim();
            values.put("fullname", full.isEmpty() ? null : full);
        }
        if (type.name().equals("annotation") && values.containsKey("documentbody")) {
            document(values, maxAttachmentBytes);
        }
    }

    private static String pick(Map<String, Object> values, Record existing, String column) {
        Object v = values.containsKey(column) ? values.get(column) : existing == null ? null : existing.get(column);
        return v == null ? "" : v.toString();
    }

    private static void document(Map<String, Object> values, long maxBytes) {
        String body = (String) values.get("documentbody");
        if (body == null) {
            values.put("isdocument", Boolean.FALSE);
            values.put("filesize", null);
            return;
        }
        if (body.length() > maxBytes) {
            throw new DataverseException(400, "0x80044a02", "Attachment file size is too big.");
        }
        try {
            values.put("filesize", Base64.getDecoder().decode(body).length);
        } catch (IllegalArgumentException e) {
            throw new DataverseException(400, "0x80040203", "The documentbody is not a valid base64 string.");
        }
        values.put("isdocument", Boolean.TRUE);
    }
}
