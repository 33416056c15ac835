package org.atomic2dynamics.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;

class TextsProperties {

    @Property
    void cutIsAPrefixWithinTheLimitThatNeverSplitsACharacter(@ForAll String text, @ForAll @IntRange(max = 300) int max) {
        String cut = Texts.cut(text, max);
        assertThat(text).startsWith(cut);
        assertThat(cut.length()).isLessThanOrEqualTo(max);
        assertThat(cut.length()).isGreaterThanOrEqualTo(Math.min(text.length(), max) - 1);
        if (!cut.isEmpty()) {
            assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
        }
    }

    @Property
    void cutKeepsEmojiWhole(@ForAll @IntRange(min = 1, max = 20) int emojis, @ForAll @IntRange(max = 41) int max) {
        String text = "😀".repeat(emojis);
        String cut = Texts.cut(text, max);
        assertThat(cut.length() % 2).isZero();
        assertThat(cut.codePoints().allMatch(c -> c == 0x1F600)).isTrue();
    }

    @Property
    void subjectIsTheFirstLineCutAndTheBodyKeepsEverything(@ForAll String text,
            @ForAll @IntRange(min = 1, max = 250) int max) {
        Texts.SubjectAndBody s = Texts.subjectAndBody(text, max);
        assertThat(s.body()).isEqualTo(text);
        assertThat(s.subject().length()).isLessThanOrEqualTo(max);
        String firstLine = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        assertThat(firstLine).startsWith(s.subject());
        assertThat(s.subjectCut()).isEqualTo(s.subject().length() < firstLine.length());
    }

    @Property
    void nullTextHasNeitherSubjectNorBody(@ForAll @IntRange(min = 1, max = 10) int max) {
        Texts.SubjectAndBody s = Texts.subjectAndBody(null, max);
        assertThat(s.subject()).isNull();
        assertThat(s.body()).isNull();
    }

    @Property
    void linesRoundTripWhenElementsHaveNoLineBreaks(
            @ForAll @UniqueElements List<@StringLength(max = 30) String> values) {
        List<String> clean = values.stream().map(v -> v.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", "")).toList();
        String joined = Texts.lines(clean);
        List<String> back = clean.isEmpty() ? List.of() : List.of(joined.split("\n", -1));
        assertThat(back).isEqualTo(clean.isEmpty() ? List.of() : clean);
    }

    @Property
    void fullNameIsNullOnlyWhenBothPartsAreBlank(@ForAll String first, @ForAll String last) {
        String name = Texts.fullName(first, last);
        if (first.isBlank() && last.isBlank()) {
            assertThat(name).isNull();
        } else {
            assertThat(name).isNotBlank().contains(first.strip()).contains(last.strip());
        }
        assertThat(Texts.fullName(null, null)).isNull();
    }
}
