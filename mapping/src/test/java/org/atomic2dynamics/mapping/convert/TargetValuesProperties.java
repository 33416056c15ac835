package org.atomic2dynamics.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.time.api.constraints.DateRange;
import org.atomic2dynamics.dataverse.model.AttributeType;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.OptionDef;
import org.atomic2dynamics.dataverse.model.RequiredLevel;

class TargetValuesProperties {

    static ColumnDef column(AttributeType type, Integer maxLength, BigDecimal min, BigDecimal max, Integer precision,
            String behavior, List<OptionDef> options) {
        return new ColumnDef("c", "C", type, RequiredLevel.NONE, true, true, maxLength, null, min, max, precision,
                behavior, options, null, null, false);
    }

    @Property
    void textIsWrittenWholeOrCutOnlyWhenAllowed(@ForAll String text, @ForAll @IntRange(min = 1, max = 100) int max,
            @ForAll boolean truncate) {
        Coerced c = TargetValues.coerce(text, column(AttributeType.STRING, max, null, null, null, null, null), truncate);
        if (text.length() <= max) {
            assertThat(c).isEqualTo(Coerced.ok(text));
        } else if (truncate) {
            assertThat(c.issue()).isEqualTo(ValueIssue.TRUNCATED);
            assertThat(text).startsWith((String) c.value());
        } else {
            assertThat(c.issue()).isEqualTo(ValueIssue.TOO_LONG);
            assertThat(c.written()).isFalse();
        }
    }

    @Property
    void wholeNumbersStayExactOrAreRefusedOutsideTheRange(@ForAll long n,
            @ForAll @LongRange(min = -1000, max = 1000) long min, @ForAll @LongRange(min = 0, max = 2000) long span) {
        ColumnDef col = column(AttributeType.INTEGER, null, BigDecimal.valueOf(min), BigDecimal.valueOf(min + span),
                null, null, null);
        Coerced c = TargetValues.coerce(n, col, false);
        if (n >= min && n <= min + span) {
            assertThat(c.value()).isEqualTo((int) n);
        } else {
            assertThat(c.issue()).isEqualTo(ValueIssue.OUT_OF_RANGE);
            assertThat(c.value()).isNull();
        }
    }

    @Property
    void moneyIsRoundedToItsPrecisionAndSaysSo(@ForAll BigDecimal amount) {
        ColumnDef money = column(AttributeType.MONEY, null, new BigDecimal("-1e12"), new BigDecimal("1e12"), 2,
                null, null);
        Coerced c = TargetValues.coerce(amount, money, false);
        if (amount.abs().compareTo(new BigDecimal("1e12")) > 0) {
            assertThat(c.issue()).isEqualTo(ValueIssue.OUT_OF_RANGE);
            return;
        }
        BigDecimal written = (BigDecimal) c.value();
        assertThat(written.scale()).isLessThanOrEqualTo(Math.max(2, amount.scale()));
        assertThat(written.subtract(amount).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        assertThat(c.issue() == ValueIssue.ROUNDED).isEqualTo(written.compareTo(amount) != 0);
    }

    @Property
    void datesBefore1753AreRefusedAndDateOnlyColumnsGetADate(
            @ForAll @DateRange(min = "1000-01-01", max = "2999-12-31") LocalDate day, @ForAll boolean dateOnly) {
        OffsetDateTime at = day.atTime(12, 0).atOffset(ZoneOffset.ofHours(5));
        ColumnDef col = column(AttributeType.DATETIME, null, null, null, null, dateOnly ? "DateOnly" : "UserLocal",
                null);
        Coerced c = TargetValues.coerce(at, col, false);
        if (day.isBefore(TargetValues.MIN_DATE)) {
            assertThat(c.issue()).isEqualTo(ValueIssue.DATE_BEFORE_1753);
        } else if (dateOnly) {
            assertThat(c.value()).isEqualTo(day);
        } else {
            assertThat(c.value()).isEqualTo(at.withOffsetSameInstant(ZoneOffset.UTC));
        }
    }

    @Property
    void onlyKnownOptionsAreWritten(@ForAll @IntRange(min = 0, max = 10) int option) {
        ColumnDef col = column(AttributeType.PICKLIST, null, null, null, null, null,
                List.of(OptionDef.of(1, "a"), OptionDef.of(2, "b")));
        Coerced c = TargetValues.coerce(option, col, false);
        assertThat(c.written()).isEqualTo(option == 1 || option == 2);
    }

    @Property
    void nullIsAlwaysWrittenAsNull(@ForAll AttributeType type) {
        assertThat(TargetValues.coerce(null, column(type, 10, null, null, null, null, null), false))
                .isEqualTo(Coerced.ok(null));
    }
}
