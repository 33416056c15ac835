package org.atomic2dynamics.emulator.query;

import java.util.Comparator;
import org.atomic2dynamics.emulator.store.Record;

/** Parses {@code $orderby=name asc,createdon desc} into a comparator; ties keep creation order. */
public final class OrderBy {
    private OrderBy() {
    }

    public static Comparator<Record> parse(String text, Properties properties) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Comparator<Record> result = null;
        for (String part : text.split(",")) {
            String[] words = part.trim().split("\\s+");
            Operand operand = properties.operand(words[0]);
            boolean desc = words.length > 1 && words[1].equalsIgnoreCase("desc");
            Comparator<Record> c = (a, b) -> Values.compare(operand.read().apply(a), operand.read().apply(b));
            c = desc ? c.reversed() : c;
            result = result == null ? c : result.thenComparing(c);
        }
        return result;
    }
}
