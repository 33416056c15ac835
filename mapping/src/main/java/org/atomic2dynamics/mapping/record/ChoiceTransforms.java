package org.atomic2dynamics.mapping.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.mapping.convert.Texts;
import org.atomic2dynamics.mapping.convert.ValueIssue;
import org.atomic2dynamics.mapping.spec.ColumnMapping;
import org.atomic2dynamics.mapping.spec.OptionSetSpec;
import org.atomic2dynamics.mapping.spec.OptionSpec;

/**
 * Enumerations into choices. A target bound to the entry's option set gets the option standing for the
 * source value; any other (standard) choice column gets the value from {@code valueMap}, where listed.
 */
final class ChoiceTransforms {
    private ChoiceTransforms() {
    }

    static void choice(CompiledEntry e, RecordOut out, CompileScope scope) {
        Object v = out.input(e);
        String key = v == null ? null : v.toString();
        boolean placed = false;
        for (int i = 0; i < e.targets().size(); i++) {
            placed |= choiceTarget(e, i, key, out, scope);
        }
        if (key != null && !placed) {
            out.issue(e, 0, ValueIssue.UNKNOWN_OPTION, "'" + key + "' is not an option of "
                    + e.mapping().optionSet() + " nor in valueMap");
        }
    }

    /** Writes one target; returns whether the value found a home there. */
    private static boolean choiceTarget(CompiledEntry e, int i, String key, RecordOut out, CompileScope scope) {
        ColumnMapping m = e.mapping();
        ColumnDef column = e.target(i);
        if (key == null) {
            out.put(e, i, null);
            return false;
        }
        if (m.optionSet() != null && m.optionSet().equals(column.optionSetName())) {
            Optional<OptionSpec> option = scope.optionSet(m.optionSet()).flatMap(s -> s.bySource(key));
            option.ifPresent(o -> out.put(e, i, o.value()));
            return option.isPresent();
        }
        String mapped = m.valueMap().get(key);
        out.put(e, i, mapped == null ? null : Integer.valueOf(mapped.strip()));
        return mapped != null;
    }

    static void multiChoice(CompiledEntry e, RecordOut out, CompileScope scope) {
        Object v = out.input(e);
        if (!(v instanceof List<?> ids)) {
            out.put(e, 0, null);
            return;
        }
        Optional<OptionSetSpec> set = scope.optionSet(e.mapping().optionSet());
        List<Integer> values = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Object id : ids) {
            Optional<OptionSpec> o = set.flatMap(s -> s.bySource(String.valueOf(id)));
            o.ifPresentOrElse(x -> values.add(x.value()), () -> unknown.add(String.valueOf(id)));
        }
        if (!unknown.isEmpty()) {
            out.issue(e, 0, ValueIssue.UNKNOWN_OPTION, "values " + unknown + " are not options of "
                    + e.mapping().optionSet());
            return;
        }
        out.put(e, 0, values.isEmpty() ? null : values);
    }

    /** The option's label as text, through param template "Status: {label}". */
    static void label(CompiledEntry e, RecordOut out, CompileScope scope) {
        Object v = out.input(e);
        if (v == null) {
            return;
        }
        Optional<OptionSpec> o = scope.optionSet(e.mapping().optionSet()).flatMap(s -> s.bySource(v.toString()));
        if (o.isEmpty()) {
            out.issue(e, 0, ValueIssue.UNKNOWN_OPTION, "'" + v + "' is not an option of " + e.mapping().optionSet());
            return;
        }
        out.put(e, 0, Texts.template(e.mapping().param("template", "{label}"), "label", o.get().label()));
    }

    /** Size class → head count from valueMap (first target) and the class as an option (second target). */
    static void sizeClass(CompiledEntry e, RecordOut out, CompileScope scope) {
        Object v = out.input(e);
        String key = v == null ? null : v.toString();
        String count = key == null ? null : e.mapping().valueMap().get(key);
        if (key != null && count == null) {
            out.issue(e, 0, ValueIssue.UNKNOWN_OPTION, "size class " + key + " is not in valueMap");
        } else {
            out.put(e, 0, count == null ? null : Integer.valueOf(count.strip()));
        }
        if (e.targets().size() > 1) {
            if (!choiceTarget(e, 1, key, out, scope) && key != null) {
                out.issue(e, 1, ValueIssue.UNKNOWN_OPTION, "size class " + key + " is not an option of "
                        + e.mapping().optionSet());
            }
        }
    }
}
