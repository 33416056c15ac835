package org.atomic2dynamics.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

class UrlsProperties {

    @Provide
    Arbitrary<String> websites() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMinLength(1)
                .ofMaxLength(12).filter(s -> !s.startsWith("-") && !s.endsWith("-"));
        Arbitrary<String> tld = Arbitraries.of("com", "org", "fr", "co.uk", "io");
        Arbitrary<String> scheme = Arbitraries.of("", "http://", "https://", "HTTPS://", "//");
        Arbitrary<String> path = Arbitraries.of("", "/", "/about", "/a/b?q=1", "/Case/Kept#frag");
        return Combinators.combine(scheme, label, tld, path).as((s, l, t, p) -> s + l + "." + t + p);
    }

    @Property
    void normalisingIsIdempotentAndGivesAnAbsoluteHttpUrl(@ForAll("websites") String site) {
        Optional<String> once = Urls.normalise(site);
        assertThat(once).isPresent();
        assertThat(once.get()).matches("^https?://[a-z0-9.-]+.*");
        assertThat(Urls.normalise(once.get())).isEqualTo(once);
    }

    @Property
    void pathAndQueryAreKeptAsWritten(@ForAll("websites") String site) {
        String rest = site.replaceFirst("^(?i)(https?:)?//", "");
        int slash = rest.indexOf('/');
        String path = slash < 0 ? "" : rest.substring(slash);
        assertThat(Urls.normalise(site).orElseThrow()).endsWith(path);
    }

    @Property
    void anythingElseIsNeverGuessedIntoAUrl(@ForAll String text) {
        Optional<String> url = Urls.normalise(text);
        url.ifPresent(u -> {
            assertThat(u).startsWith("http");
            assertThat(u).doesNotContainPattern("\\s");
        });
    }

    @Example
    void examples() {
        assertThat(Urls.normalise("  Example.COM/About ")).contains("https://example.com/About");
        assertThat(Urls.normalise("http://localhost:8080/x")).contains("http://localhost:8080/x");
        assertThat(Urls.normalise("münchen.de")).contains("https://münchen.de");
        assertThat(Urls.normalise("ftp://example.com")).isEmpty();
        assertThat(Urls.normalise("not a url")).isEmpty();
        assertThat(Urls.normalise("nodot")).isEmpty();
        assertThat(Urls.normalise(null)).isEmpty();
        assertThat(Urls.normalise("https://user@example.com")).isEmpty();
    }
}
