package org.atomic2dynamics.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class RevenueProperties {

    @Provide
    Arbitrary<String[]> suffixes() {
        return Arbitraries.of(new String[] {"", "1"}, new String[] {"k", "1000"}, new String[] {"K", "1000"},
                new String[] {"M", "1000000"}, new String[] {" million", "1000000"}, new String[] {"B", "1000000000"},
                new String[] {" bn", "1000000000"}, new String[] {" Billion", "1000000000"});
    }

    @Property
    void writtenAmountsParseBackExactly(@ForAll @BigRange(min = "0", max = "999999") @Scale(2) BigDecimal amount,
            @ForAll("suffixes") String[] suffix, @ForAll boolean dollar, @ForAll boolean space) {
        String text = (dollar ? "$" : "") + (space ? " " : "") + amount.toPlainString() + suffix[0];
        BigDecimal parsed = Revenue.parse(text, "USD").orElseThrow();
        assertThat(parsed).isEqualByComparingTo(amount.multiply(new BigDecimal(suffix[1])));
        assertThat(parsed.scale()).isGreaterThanOrEqualTo(0);
    }

    @Property
    void groupedThousandsParse(@ForAll @BigRange(min = "1000", max = "999999999999") BigDecimal amount) {
        String grouped = String.format(java.util.Locale.ROOT, "%,d", amount.longValue());
        assertThat(Revenue.parse(grouped, "EUR")).contains(new BigDecimal(amount.longValue()));
    }

    @Property
    void textThatIsNotAnAmountNeverParses(@ForAll String text) {
        Revenue.parse(text, "USD").ifPresent(v -> assertThat(text).containsPattern("\\d"));
    }

    @Example
    void examplesFromAtomicCrm() {
        assertThat(Revenue.parse("$1M", "USD")).contains(new BigDecimal("1000000"));
        assertThat(Revenue.parse("10M", "USD")).contains(new BigDecimal("10000000"));
        assertThat(Revenue.parse("1.5 B", "USD")).contains(new BigDecimal("1500000000"));
        assertThat(Revenue.parse("$100M", "CAD")).contains(new BigDecimal("100000000"));
        assertThat(Revenue.parse("€250k", "EUR")).contains(new BigDecimal("250000"));
        assertThat(Revenue.parse("USD 3 million", "USD")).contains(new BigDecimal("3000000"));
    }

    @Example
    void ambiguousTextIsKeptAsText() {
        assertThat(Revenue.parse("1,5M", "EUR")).isEmpty();
        assertThat(Revenue.parse("1-5M", "USD")).isEmpty();
        assertThat(Revenue.parse("€2M", "USD")).isEmpty();
        assertThat(Revenue.parse("about 2M", "USD")).isEmpty();
        assertThat(Revenue.parse("", "USD")).isEmpty();
        assertThat(Revenue.parse(null, "USD")).isEmpty();
        assertThat(Revenue.parse("2 zillion", "USD")).isEmpty();
    }
}
