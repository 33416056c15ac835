package org.atomic2dynamics.mapping.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Places Atomic CRM's typed email addresses and phone numbers ([{"email"|"number": ..., "type": "Work"}])
 * into Dynamics' fixed columns. Whatever does not fit, or is not valid, is returned as "Type: value" lines
 * for an overflow column: nothing is dropped.
 */
public final class ContactPoints {
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private ContactPoints() {
    }

    /** One typed value as stored: the value and its type (Work, Home, Other). */
    public record Point(String value, String type) {
        public String line() {
            return (type == null || type.isBlank() ? "Other" : type) + ": " + value;
        }
    }

    /** Values per slot (null where empty), overflow lines, and the values found invalid. */
    public record Placement(List<String> slots, List<String> overflow, List<Point> invalid) {
    }

    /** Reads the jsonb array; entries without a value are skipped (they hold nothing). */
    public static List<Point> read(Object jsonb, String valueKey) {
        List<Point> points = new ArrayList<>();
        if (jsonb instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m && m.get(valueKey) != null && !m.get(valueKey).toString().isBlank()) {
                    Object type = m.get("type");
                    points.add(new Point(m.get(valueKey).toString().strip(), type == null ? null : type.toString()));
                }
            }
        }
        return points;
    }

    public static boolean validEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    /**
     * Emails by type order then as listed: the first {@code slots} valid addresses no longer than
     * {@code maxLength} fill the slots; the rest go to the overflow.
     */
    public static Placement emails(List<Point> points, List<String> typeOrder, int slots, int maxLength) {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingInt(p -> rank(typeOrder, p.type())));
        List<String> placed = new ArrayList<>();
        List<String> overflow = new ArrayList<>();
        List<Point> invalid = new ArrayList<>();
        for (Point p : sorted) {
            boolean valid = validEmail(p.value());
            if (!valid) {
                invalid.add(p);
            }
            if (valid && p.value().length() <= maxLength && placed.size() < slots) {
                placed.add(p.value());
            } else {
                overflow.add(p.line());
            }
        }
        while (placed.size() < slots) {
            placed.add(null);
        }
        return new Placement(placed, overflow, invalid);
    }

    /**
     * Phones: the first number of each type goes to its type's slot ({@code typeSlots}: type → slot index),
     * the others to the first free slot, in order; numbers longer than their slot's {@code maxLengths} or
     * finding no free slot go to the overflow.
     */
    public static Placement phones(List<Point> points, Map<String, Integer> typeSlots, List<Integer> maxLengths) {
        String[] slots = new String[maxLengths.size()];
        List<Point> rest = new ArrayList<>();
        for (Point p : points) {
            Integer own = typeSlots.get(p.type());
            if (own != null && slots[own] == null && fits(p, maxLengths.get(own))) {
                slots[own] = p.value();
            } else {
                rest.add(p);
            }
        }
        List<String> overflow = new ArrayList<>();
        for (Point p : rest) {
            int slot = free(slots, p, maxLengths);
            if (slot < 0) {
                overflow.add(p.line());
            } else {
                slots[slot] = p.value();
            }
        }
        return new Placement(java.util.Arrays.asList(slots), overflow, List.of());
    }

    private static int free(String[] slots, Point p, List<Integer> maxLengths) {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == null && fits(p, maxLengths.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean fits(Point p, Integer maxLength) {
        return maxLength == null || p.value().length() <= maxLength;
    }

    private static int rank(List<String> order, String type) {
        int i = type == null ? -1 : order.indexOf(type);
        return i < 0 ? order.size() : i;
    }
}
