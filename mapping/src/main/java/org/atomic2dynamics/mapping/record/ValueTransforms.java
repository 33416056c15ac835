package org.atomic2dynamics.mapping.record;

import java.util.List;
import java.util.Optional;
import org.atomic2dynamics.mapping.convert.JsonText;
import org.atomic2dynamics.mapping.convert.Texts;
import org.atomic2dynamics.mapping.convert.Urls;
import org.atomic2dynamics.mapping.convert.ValueIssue;
import org.atomic2dynamics.mapping.spec.ColumnMapping;

/** Transforms of one value into one or more plain columns: copy, text forms, URLs, inverted flags, names. */
final class ValueTransforms {
    private ValueTransforms() {
    }

    /** The value, unchanged, to every target (dates, numbers and text are fitted to their column). */
    static void copy(CompiledEntry e, RecordOut out) {
        Object v = out.value(e.mapping().source());
        for (int i = 0; i < e.targets().size(); i++) {
            out.put(e, i, v);
        }
    }

    static void sourceId(CompiledEntry e, RecordOut out) {
        out.put(e, 0, String.valueOf(out.row.id()));
    }

    /** Any value's text form; with param template "x {value}" and/or append "label" (notes' custom columns). */
    static void text(CompiledEntry e, RecordOut out, String text) {
        ColumnMapping m = e.mapping();
        String template = m.params().get("template");
        String value = text == null || template == null ? text : Texts.template(template, "value", text);
        String append = m.params().get("append");
        for (int i = 0; i < e.targets().size(); i++) {
            if (append != null) {
                out.append(e, i, append, value);
            } else {
                out.put(e, i, value);
            }
        }
    }

    static String textOf(Object v) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof List<?> list) {
            return Texts.lines(list);
        }
        return v instanceof byte[] || v instanceof java.util.Map ? JsonText.render(v) : v.toString();
    }

    static void url(CompiledEntry e, RecordOut out) {
        String raw = textOf(out.value(e.mapping().source()));
        Optional<String> url = Urls.normalise(raw);
        if (url.isEmpty() && raw != null && !raw.isBlank()) {
            out.issue(e, 0, ValueIssue.NOT_A_URL, "'" + Texts.cut(raw, 60) + "' is not a web address; kept as written");
        }
        out.put(e, 0, url.orElse(raw == null || raw.isBlank() ? null : raw.strip()));
    }

    static void invert(CompiledEntry e, RecordOut out) {
        Object v = out.value(e.mapping().source());
        out.put(e, 0, v instanceof Boolean b ? !b : v);
    }

    /** A lead's topic: the person's name, or "Atomic CRM contact #id" for a nameless contact. */
    static void fullName(CompiledEntry e, RecordOut out) {
        List<String> in = e.mapping().inputs();
        String name = Texts.fullName(textOf(out.value(in.get(0))), in.size() > 1 ? textOf(out.value(in.get(1))) : null);
        out.put(e, 0, name != null ? name : "Atomic CRM contact #" + out.row.id());
    }

    static void companyName(CompiledEntry e, RecordOut out) {
        Object id = out.value(e.mapping().inputs().get(0));
        if (id == null) {
            out.put(e, 0, null);
            return;
        }
        String name = out.ctx.companyNames().get(((Number) id).longValue());
        if (name == null) {
            out.issue(e, 0, ValueIssue.UNKNOWN_REFERENCE, "company " + id + " is not among the companies read");
            return;
        }
        out.put(e, 0, name);
    }
}
