package org.atomic2dynamics.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.atomic2dynamics.mapping.convert.ContactPoints.Placement;
import org.atomic2dynamics.mapping.convert.ContactPoints.Point;

class ContactPointsProperties {
    private static final List<String> ORDER = List.of("Work", "Home", "Other");

    @Provide
    Arbitrary<Point> emails() {
        Arbitrary<String> local = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> value = Arbitraries.oneOf(local.map(l -> l + "@example.org"), local,
                Arbitraries.strings().ofMaxLength(20).filter(s -> !s.isBlank()).map(String::strip));
        return Combinators.combine(value, Arbitraries.of("Work", "Home", "Other", null)).as(Point::new);
    }

    @Provide
    Arbitrary<Point> phones() {
        Arbitrary<String> number = Arbitraries.strings().numeric().withChars('+', ' ', '-').ofMinLength(1)
                .ofMaxLength(30).filter(s -> !s.isBlank()).map(String::strip);
        return Combinators.combine(number, Arbitraries.of("Work", "Home", "Other", "Fax")).as(Point::new);
    }

    @Property
    void everyEmailEndsUpPlacedOrInTheOverflowExactlyOnce(@ForAll @Size(max = 8) List<@net.jqwik.api.From("emails") Point> points,
            @ForAll @IntRange(min = 1, max = 3) int slots, @ForAll @IntRange(min = 10, max = 100) int maxLength) {
        Placement p = ContactPoints.emails(points, ORDER, slots, maxLength);
        assertThat(p.slots()).hasSize(slots);
        List<String> placed = p.slots().stream().filter(Objects::nonNull).toList();
        assertThat(placed.size() + p.overflow().size()).isEqualTo(points.size());
        placed.forEach(e -> {
            assertThat(ContactPoints.validEmail(e)).isTrue();
            assertThat(e.length()).isLessThanOrEqualTo(maxLength);
        });
        List<String> all = new ArrayList<>(placed);
        p.overflow().forEach(line -> all.add(line.substring(line.indexOf(": ") + 2)));
        assertThat(all).containsExactlyInAnyOrderElementsOf(points.stream().map(Point::value).toList());
        assertThat(p.invalid()).allSatisfy(x -> assertThat(ContactPoints.validEmail(x.value())).isFalse());
    }

    @Property
    void workAddressesComeFirst(@ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("emails") Point> points) {
        List<Point> valid = points.stream().filter(x -> ContactPoints.validEmail(x.value())).toList();
        Placement p = ContactPoints.emails(points, ORDER, 3, 100);
        valid.stream().filter(x -> "Work".equals(x.type())).findFirst()
                .ifPresent(work -> assertThat(p.slots().get(0)).isEqualTo(work.value()));
    }

    @Property
    void everyPhoneEndsUpPlacedOrInTheOverflowAndTypedSlotsHoldTheirType(
            @ForAll @Size(max = 7) List<@net.jqwik.api.From("phones") Point> points) {
        Map<String, Integer> typeSlots = Map.of("Work", 0, "Home", 1, "Other", 2);
        List<Integer> max = java.util.Arrays.asList(50, 50, 50, 20);
        Placement p = ContactPoints.phones(points, typeSlots, max);
        long placed = p.slots().stream().filter(Objects::nonNull).count();
        assertThat(placed + p.overflow().size()).isEqualTo(points.size());
        for (String type : typeSlots.keySet()) {
            points.stream().filter(x -> type.equals(x.type())).findFirst()
                    .ifPresent(first -> assertThat(p.slots().get(typeSlots.get(type))).isEqualTo(first.value()));
        }
        for (int i = 0; i < max.size(); i++) {
            String v = p.slots().get(i);
            if (v != null) {
                assertThat(v.length()).isLessThanOrEqualTo(max.get(i));
            }
        }
    }

    @Property
    void readSkipsEntriesWithoutAValue(@ForAll @Size(max = 5) List<@net.jqwik.api.From("emails") Point> points) {
        List<Object> jsonb = new ArrayList<>();
        points.forEach(x -> jsonb.add(x.type() == null ? Map.of("email", x.value())
                : Map.of("email", x.value(), "type", x.type())));
        jsonb.add(Map.of("type", "Work"));
        jsonb.add("not an object");
        assertThat(ContactPoints.read(jsonb, "email")).extracting(Point::value)
                .containsExactlyElementsOf(points.stream().map(Point::value).toList());
        assertThat(ContactPoints.read(null, "email")).isEmpty();
    }
}
