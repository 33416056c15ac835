package org.atomic2dynamics.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnProposalsTest {

    private static ColumnProposal propose(String type, TypeFamily family, Integer observed) {
        return ColumnProposals.propose(new ColumnInfo("c", type, family, true, null, 1, List.of()), observed);
    }

    @Test
    void shortTextBecomesAStringOfItsDeclaredLength() {
        ColumnProposal p = propose("character varying(120)", TypeFamily.TEXT, null);
        assertThat(p.attributeType()).isEqualTo("String");
        assertThat(p.maxLength()).isEqualTo(120);
        assertThat(p.needsDecision()).isFalse();
    }

    @Test
    void unboundedTextLongerThanAStringBecomesMemo() {
        assertThat(propose("text", TypeFamily.TEXT, 10_000).attributeType()).isEqualTo("Memo");
        assertThat(propose("text", TypeFamily.TEXT, 300).maxLength()).isEqualTo(4000);
    }

    @Test
    void bigintBecomesABigIntegerSoNoValueIsOutOfRange() {
        assertThat(propose("bigint", TypeFamily.INTEGER, null).attributeType()).isEqualTo("BigInt");
        assertThat(propose("integer", TypeFamily.INTEGER, null).attributeType()).isEqualTo("Integer");
    }

    @Test
    void numericScaleBeyondTenIsLossy() {
        ColumnProposal p = propose("numeric(20,12)", TypeFamily.NUMERIC, null);
        assertThat(p.precision()).isEqualTo(10);
        assertThat(p.lossy()).isTrue();
        assertThat(propose("numeric(12,2)", TypeFamily.NUMERIC, null).lossy()).isFalse();
    }

    @Test
    void dateAndTimestampKeepTheirBehaviour() {
        assertThat(propose("date", TypeFamily.DATE, null).dateTimeBehavior()).isEqualTo("DateOnly");
        assertThat(propose("timestamp with time zone", TypeFamily.TIMESTAMPTZ, null).dateTimeBehavior())
                .isEqualTo("UserLocal");
        assertThat(propose("timestamp without time zone", TypeFamily.TIMESTAMP, null).dateTimeBehavior())
                .isEqualTo("TimeZoneIndependent");
    }

    @Test
    void typesWithoutADataverseEquivalentAskForADecision() {
        for (TypeFamily f : List.of(TypeFamily.JSON, TypeFamily.ARRAY, TypeFamily.BYTEA, TypeFamily.GEOMETRIC,
                TypeFamily.RANGE, TypeFamily.TSVECTOR, TypeFamily.ENUM)) {
            assertThat(propose("x", f, null).needsDecision()).as(f.name()).isTrue();
        }
        assertThat(propose("integer", TypeFamily.INTEGER, null).needsDecision()).isFalse();
    }
}
