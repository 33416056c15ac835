package org.atomic2dynamics.mapping.convert;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses revenue as people write it in Atomic CRM's free-text field: "$1M", "10M", "1.5 B", "€250k",
 * "1,200,000", "USD 3 million". Only unambiguous text parses: a decimal comma ("1,5M"), a range ("1-5M"),
 * or a currency other than the configured one give empty, and the text is kept as written.
 */
public final class Revenue {
    private static final Pattern FORM = Pattern.compile(
            "^\\s*([$€£¥]|[A-Za-z]{3}\\s)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*([A-Za-z]*)\\.?\\s*$");
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "", BigDecimal.ONE, "k", BigDecimal.valueOf(1_000L), "thousand", BigDecimal.valueOf(1_000L),
            "m", BigDecimal.valueOf(1_000_000L), "mm", BigDecimal.valueOf(1_000_000L),
            "million", BigDecimal.valueOf(1_000_000L), "b", BigDecimal.valueOf(1_000_000_000L),
            "bn", BigDecimal.valueOf(1_000_000_000L), "billion", BigDecimal.valueOf(1_000_000_000L));
    private static final Set<String> DOLLARS = Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN");
    private static final Map<String, Set<String>> SYMBOLS = Map.of("$", DOLLARS, "€", Set.of("EUR"),
            "£", Set.of("GBP"), "¥", Set.of("JPY", "CNY"));

    private Revenue() {
    }

    /** The amount in whole units of {@code currency} (an ISO code), or empty when the text is not clear. */
    public static Optional<BigDecimal> parse(String text, String currency) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches() || !sameCurrency(m.group(1), currency)) {
            return Optional.empty();
        }
        BigDecimal scale = SCALES.get(m.group(4).toLowerCase(Locale.ROOT));
        if (scale == null) {
            return Optional.empty();
        }
        String number = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
        BigDecimal amount = new BigDecimal(number).multiply(scale).stripTrailingZeros();
        return Optional.of(amount.scale() < 0 ? amount.setScale(0) : amount);
    }

    private static boolean sameCurrency(String marker, String currency) {
        if (marker == null) {
            return true;
        }
        String code = currency == null ? "" : currency.toUpperCase(Locale.ROOT);
        String m = marker.strip();
        Set<String> meant = SYMBOLS.get(m);
        return meant != null ? meant.contains(code) : m.equalsIgnoreCase(code);
    }
}
