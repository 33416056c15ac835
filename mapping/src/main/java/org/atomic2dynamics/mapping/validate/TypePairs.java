package org.atomic2dynamics.mapping.validate;

import java.util.EnumSet;
import java.util.Set;
import org.atomic2dynamics.core.source.TypeFamily;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.mapping.spec.Transform;

/** Which source type families a transform can read, and which column types a plain copy can write them to. */
final class TypePairs {
    private static final Set<TypeFamily> DATES = EnumSet.of(TypeFamily.DATE, TypeFamily.TIMESTAMP,
            TypeFamily.TIMESTAMPTZ);
    private static final Set<TypeFamily> NUMBERS = EnumSet.of(TypeFamily.INTEGER, TypeFamily.NUMERIC,
            TypeFamily.FLOAT, TypeFamily.MONEY);

    private TypePairs() {
    }

    /** Null when the pair works, else why not. */
    static String sourceProblem(Transform t, TypeFamily family) {
        Set<TypeFamily> accepted = switch (t) {
            case DATE, DATETIME, COMPLETION -> DATES;
            case NUMBER -> NUMBERS;
            case INVERT -> EnumSet.of(TypeFamily.BOOLEAN);
            case MULTI_CHOICE, DEAL_CONTACTS -> EnumSet.of(TypeFamily.ARRAY);
            case EMAILS, PHONES, JSON_FIELD -> EnumSet.of(TypeFamily.JSON);
            case LINES -> EnumSet.of(TypeFamily.ARRAY, TypeFamily.JSON);
            case LOOKUP, CONTACT_LOOKUP, OWNER -> EnumSet.of(TypeFamily.INTEGER);
            default -> null;
        };
        return accepted == null || accepted.contains(family) ? null
                : t.yamlName() + " reads " + accepted + " values, not " + family;
    }

    /** For copy: can a value of this family be written to this column type? */
    static boolean copyable(TypeFamily family, AttributeType column) {
        return switch (column) {
            case STRING, MEMO -> family == TypeFamily.TEXT;
            case INTEGER, BIGINT, DECIMAL, DOUBLE, MONEY -> NUMBERS.contains(family);
            case BOOLEAN -> family == TypeFamily.BOOLEAN;
            case DATETIME -> DATES.contains(family);
            default -> false;
        };
    }
}
