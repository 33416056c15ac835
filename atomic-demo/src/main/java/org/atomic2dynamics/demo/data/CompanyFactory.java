package org.atomic2dynamics.demo.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.atomic2dynamics.demo.data.DemoDataset.Company;

/** Companies with distinct web domains, about a third owned by the administrator, as upstream's demo. */
final class CompanyFactory {
    private final Rng rng;
    private final AttachmentFactory files;
    private final Map<String, Integer> domainUses = new HashMap<>();

    CompanyFactory(Rng rng, AttachmentFactory files) {
        this.rng = rng;
        this.files = files;
    }

    List<Company> create(int count) {
        List<Company> companies = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            companies.add(company(id));
        }
        return companies;
    }

    private Company company(long id) {
        String first = rng.pick(Words.COMPANY_FIRST);
        String second = rng.pick(Words.COMPANY_SECOND);
        String stem = (first + second).toLowerCase(Locale.ROOT);
        int uses = domainUses.merge(stem, 1, Integer::sum);
        String domain = stem + (uses > 1 ? uses : "") + ".com";
        String name = first + " " + second + " " + rng.pick(Words.COMPANY_SUFFIX) + (uses > 1 ? " " + uses : "");
        Places place = rng.pick(Places.ALL);
        var createdAt = DemoData.REFERENCE_DATE.minusDays(rng.between(30, 900)).minusSeconds(rng.between(0, 86_399));
        long salesId = rng.chance(1.0 / 3) ? 1 : rng.between(2, DemoData.SALES);
        Map<String, Object> logo = rng.chance(0.1)
                ? files.image("logo-" + stem + ".png", createdAt)
                : Map.of("src", "https://marmelab.com/react-admin-crm/logos/" + (id % 55) + ".png",
                        "title", "Company logo");
        return new Company(id, createdAt, name, rng.pick(List.copyOf(Vocabulary.SECTORS.keySet())),
                rng.pick(Vocabulary.COMPANY_SIZES), "https://www.linkedin.com/company/" + stem + (uses > 1 ? uses : ""),
                "https://www." + domain, place.phone(rng),
                rng.between(1, 400) + " " + rng.pick(Words.STREETS), place.zipcode(rng), place.city(),
                place.stateAbbr(), salesId, List.of(), place.country(), Words.paragraph(rng),
                rng.pick(Words.REVENUES), taxIdentifier(place), logo);
    }

    private String taxIdentifier(Places place) {
        String prefix = switch (place.country()) {
            case "France" -> "FR";
            case "UK" -> "GB";
            default -> "US";
        };
        return prefix + rng.between(100_000, 999_999) + rng.between(1000, 9999);
    }

    /** The host part of a company website: "https://www.bluelabs.com" → "bluelabs.com". */
    static String domainOf(Company company) {
        return company.website().substring("https://www.".length());
    }
}
