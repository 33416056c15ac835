package org.atomic2dynamics.mapping.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.mapping.convert.Revenue;
import org.atomic2dynamics.mapping.convert.Texts;
import org.atomic2dynamics.mapping.convert.ValueIssue;
import org.atomic2dynamics.mapping.spec.OptionSpec;
import org.atomic2dynamics.mapping.spec.StageRule;

/** Transforms with more than one effect: task text and completion, deal stage and closing, revenue. */
final class ActivityTransforms {
    private ActivityTransforms() {
    }

    /** First line (cut to the subject's length) as subject, the whole text as body: nothing is lost. */
    static void subjectAndBody(CompiledEntry e, RecordOut out) {
        Object v = out.input(e);
        Integer max = e.target(0).maxLength();
        Texts.SubjectAndBody s = Texts.subjectAndBody(v == null ? null : v.toString(), max == null ? 200 : max);
        out.put(e, 0, s.subject());
        if (e.targets().size() > 1) {
            out.put(e, 1, s.body());
        }
    }

    /** A done date completes the activity after the load (params state and status), with it as actual end. */
    static void completion(CompiledEntry e, RecordOut out) {
        Object done = out.input(e);
        out.put(e, 0, done);
        if (done == null) {
            return;
        }
        int state = Integer.parseInt(e.mapping().param("state", "1"));
        int status = Integer.parseInt(e.mapping().param("status", "5"));
        Map<String, Object> attributes = new HashMap<>();
        Object actualEnd = done instanceof OffsetDateTime o ? o.withOffsetSameInstant(ZoneOffset.UTC) : done;
        attributes.put(e.targetName(0), actualEnd);
        out.followUp(new FollowUp.SetState(out.table, out.id, state, status, attributes));
    }

    /**
     * Stage → [stage option, salesstage, stepname, closeprobability] from settings.dealStages; won and lost
     * deals are closed last (WinOpportunity/LoseOpportunity), an open stage with a status is set after the load.
     */
    static void stage(CompiledEntry e, RecordOut out, CompileScope scope) {
        Object v = out.input(e);
        if (v == null) {
            return;
        }
        String stage = v.toString();
        Optional<OptionSpec> option = scope.optionSet(e.mapping().optionSet()).flatMap(s -> s.bySource(stage));
        Optional<StageRule> rule = scope.spec().settings().stage(stage);
        if (option.isEmpty() || rule.isEmpty()) {
            out.issue(e, 0, ValueIssue.UNKNOWN_OPTION, "stage '" + stage + "' is not "
                    + (option.isEmpty() ? "an option of " + e.mapping().optionSet() : "in settings.dealStages"));
            return;
        }
        StageRule r = rule.get();
        Object[] values = {option.get().value(), r.salesStage(), r.label() != null ? r.label() : option.get().label(),
            r.probability()};
        for (int i = 0; i < Math.min(values.length, e.targets().size()); i++) {
            out.put(e, i, values[i]);
        }
        close(e, out, r);
    }

    private static void close(CompiledEntry e, RecordOut out, StageRule r) {
        boolean won = StageRule.WON.equals(r.outcome());
        if (won || StageRule.LOST.equals(r.outcome())) {
            Object amount = out.value(e.mapping().param("amount", null));
            Object closedOn = out.value(e.mapping().param("closeDate", null));
            LocalDate end = closedOn instanceof OffsetDateTime o ? o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
                    : closedOn instanceof LocalDate d ? d : null;
            BigDecimal revenue = amount instanceof Number n ? new BigDecimal(n.toString()) : null;
            int status = r.status() != null ? r.status() : won ? 3 : 4;
            out.followUp(new FollowUp.CloseOpportunity(out.id, won, status, won ? revenue : null, end,
                    (won ? "Won" : "Lost") + " in Atomic CRM (" + r.stage() + ")"));
        } else if (r.status() != null) {
            out.followUp(new FollowUp.SetState(out.table, out.id, 0, r.status(), Map.of()));
        }
    }

    /** Revenue text → money where it parses (first target), and the text as written (second target). */
    static void revenue(CompiledEntry e, RecordOut out, CompileScope scope) {
        Object v = out.input(e);
        String text = v == null ? null : v.toString();
        String currency = scope.spec().source() == null ? null : scope.spec().source().currency();
        Optional<BigDecimal> amount = Revenue.parse(text, currency);
        if (amount.isEmpty() && text != null && !text.isBlank()) {
            out.issue(e, 0, ValueIssue.NOT_PARSED, "'" + Texts.cut(text, 60) + "' is not a clear amount in "
                    + currency + "; kept as text only");
        }
        out.put(e, 0, amount.orElse(null));
        if (e.targets().size() > 1) {
            out.put(e, 1, text);
        }
    }
}
