package org.atomic2dynamics.mapping.propose;

import java.util.Optional;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.ColumnProposal;
import org.atomic2dynamics.core.source.ColumnProposals;
import org.atomic2dynamics.core.source.ForeignKeyInfo;
import org.atomic2dynamics.core.source.TypeFamily;
import org.atomic2dynamics.mapping.spec.Confidence;
import org.atomic2dynamics.mapping.spec.NewColumn;
import org.atomic2dynamics.mapping.spec.Transform;

/**
 * A column the standard rules do not know (a fork's custom field, a leftover of an old generation): a new
 * column of the type {@link ColumnProposals} gives — the same proposal the audit reports — or a lookup when
 * the column is a foreign key. On notes, which take no custom columns, the value is appended to the text.
 */
final class CustomColumns {
    private CustomColumns() {
    }

    static void propose(ColumnInfo c, TableDraft d) {
        if (!d.migrated()) {
            d.skip(c.name(), Confidence.HIGH, "the table is not migrated as records");
            return;
        }
        Optional<ForeignKeyInfo> fk = d.source.foreignKeys().stream()
                .filter(k -> k.columns().size() == 1 && k.columns().get(0).equals(c.name())).findFirst();
        if (fk.isPresent() && CustomLookups.propose(c, fk.get(), d)) {
            return;
        }
        ColumnProposal p = ColumnProposals.propose(c, null);
        Transform transform = transform(c);
        String why = "custom column " + c.name() + " (" + c.dataType() + "): " + p.note()
                + (p.needsDecision() ? "; decide: " + p.decision() : "");
        Confidence confidence = p.needsDecision() && c.family() != TypeFamily.ENUM ? Confidence.LOW : Confidence.MEDIUM;
        if (d.target.equals("annotation")) {
            d.map(c.name()).to("notetext").via(text(transform)).param("append", c.name())
                    .done(confidence, why + "; notes take no custom columns, so it is appended to the note text");
            return;
        }
        String optionSet = c.family() == TypeFamily.ENUM ? CustomOptionSets.forEnum(c, d.ctx) : null;
        String target = d.newColumn(column(c, p, optionSet, d));
        d.map(c.name()).to(target).via(transform).optionSet(optionSet).lossy(p.lossy() ? p.note() : "")
                .done(confidence, why);
    }

    /** The transform that turns the reader's Java value of this family into the proposed column's value. */
    static Transform transform(ColumnInfo c) {
        return switch (c.family()) {
            case TEXT -> Transform.COPY;
            case INTEGER, NUMERIC, FLOAT, MONEY -> Transform.NUMBER;
            case BOOLEAN -> Transform.COPY;
            case DATE -> Transform.DATE;
            case TIMESTAMP, TIMESTAMPTZ -> Transform.DATETIME;
            case ENUM -> Transform.CHOICE;
            case JSON -> Transform.JSON_TEXT;
            case ARRAY -> c.dataType().startsWith("json") ? Transform.JSON_TEXT : Transform.LINES;
            case BYTEA -> Transform.BASE64;
            default -> Transform.TEXT;
        };
    }

    /** On a text-only target (note text) every value goes through its text form. */
    private static Transform text(Transform t) {
        return switch (t) {
            case JSON_TEXT, LINES, BASE64 -> t;
            default -> Transform.TEXT;
        };
    }

    private static NewColumn column(ColumnInfo c, ColumnProposal p, String optionSet, TableDraft d) {
        NewColumns names = d.ctx.columns;
        String name = c.name();
        if (d.hasNewColumn(names.logicalName(name))) {
            name = name + "_custom";
        }
        String format = switch (p.attributeType()) {
            case "String" -> "Text";
            case "Memo" -> "TextArea";
            case "DateTime" -> "DateOnly".equals(p.dateTimeBehavior()) ? "DateOnly" : "DateAndTime";
            case "Integer" -> "None";
            default -> null;
        };
        NewColumn col = names.column(name, c.name(), p.attributeType(), p.maxLength(), format, p.precision(),
                p.dateTimeBehavior(), optionSet, "Atomic CRM " + d.source.name() + "." + c.name() + " (" + c.dataType()
                        + ")");
        return NumberRanges.of(col).map(r -> names.ranged(col, r[0], r[1])).orElse(col);
    }
}
