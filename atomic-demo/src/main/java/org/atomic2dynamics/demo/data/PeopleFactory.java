package org.atomic2dynamics.demo.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atomic2dynamics.demo.data.DemoDataset.Company;
import org.atomic2dynamics.demo.data.DemoDataset.Contact;
import org.atomic2dynamics.demo.data.DemoDataset.Sale;
import org.atomic2dynamics.demo.data.DemoDataset.Tag;

/** Sales users, tags and contacts. Sales users are fixed so other tools (the emulator's users) can match them. */
final class PeopleFactory {
    /** first name, last name, email of the six sales users; the first is the administrator. */
    static final List<String[]> SALES = List.of(
            new String[] {"Jane", "Doe", "janedoe@atomic.dev"},
            new String[] {"Emily", "Carter", "emily.carter@atomic.dev"},
            new String[] {"Marcus", "Reid", "marcus.reid@atomic.dev"},
            new String[] {"Sofia", "Lambert", "sofia.lambert@atomic.dev"},
            new String[] {"Daniel", "Okafor", "daniel.okafor@atomic.dev"},
            new String[] {"Hannah", "Berg", "hannah.berg@atomic.dev"});
    /** Max contacts per company by company size, as upstream's generator. */
    private static final Map<Integer, Integer> MAX_CONTACTS = Map.of(1, 1, 10, 4, 50, 12, 250, 25, 500, 50);
    private static final String TINY_PNG_DATA_URL = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private final Rng rng;
    private final AttachmentFactory files;

    PeopleFactory(Rng rng, AttachmentFactory files) {
        this.rng = rng;
        this.files = files;
    }

    List<Sale> sales() {
        List<Sale> sales = new ArrayList<>();
        for (int i = 0; i < SALES.size(); i++) {
            String[] s = SALES.get(i);
            long id = i + 1;
            Map<String, Object> avatar = switch (i) {
                case 0 -> Map.of("src", TINY_PNG_DATA_URL);
                case 1 -> files.image("emily.png", DemoData.REFERENCE_DATE.minusDays(800));
                default -> null;
            };
            UUID userId = UUID.nameUUIDFromBytes(("atomic-demo:sales:" + id).getBytes(StandardCharsets.UTF_8));
            sales.add(new Sale(id, userId, s[0], s[1], s[2], i == 0, avatar, false));
        }
        return sales;
    }

    List<Tag> tags() {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < Vocabulary.TAG_NAMES.size(); i++) {
            tags.add(new Tag(i + 1, Vocabulary.TAG_NAMES.get(i), Vocabulary.TAG_COLORS.get(i)));
        }
        return tags;
    }

    /** Contacts spread over companies within each company's size; status and last_seen come later from notes. */
    List<Contact> contacts(int count, List<Company> companies) {
        int[] placed = new int[companies.size()];
        List<Contact> contacts = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            int index = companyWithRoom(companies, placed);
            placed[index]++;
            contacts.add(contact(id, companies.get(index)));
        }
        return contacts;
    }

    private int companyWithRoom(List<Company> companies, int[] placed) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int i = rng.between(0, companies.size() - 1);
            if (placed[i] < MAX_CONTACTS.get(companies.get(i).size())) {
                return i;
            }
        }
        return rng.between(0, companies.size() - 1);
    }

    private Contact contact(long id, Company company) {
        String gender = rng.chance(0.1) ? "nonbinary" : rng.chance(0.5) ? "male" : "female";
        List<String> names = switch (gender) {
            case "male" -> Words.MALE_NAMES;
            case "female" -> Words.FEMALE_NAMES;
            default -> Words.NEUTRAL_NAMES;
        };
        String first = rng.pick(names);
        String last = rng.pick(Words.LAST_NAMES);
        var firstSeen = rng.between(company.createdAt(), DemoData.REFERENCE_DATE);
        String handle = (first + "." + last).toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> avatar = rng.chance(0.25) ? avatar(id, handle, firstSeen) : null;
        List<Long> tags = rng.sample(List.of(1L, 2L, 3L, 4L, 5L, 6L), rng.between(0, 2));
        List<Map<String, Object>> emails = List.of(point("email", handle + "@" + CompanyFactory.domainOf(company)));
        Places place = Places.ALL.stream().filter(p -> p.city().equals(company.city())).findFirst().orElseThrow();
        List<Map<String, Object>> phones = List.of(point("number", place.phone(rng)), point("number", place.phone(rng)));
        return new Contact(id, first, last, gender, rng.pick(Words.TITLES), Words.paragraph(rng), avatar, firstSeen,
                firstSeen, rng.chance(0.3), null, tags, company.id(), company.salesId(),
                "https://www.linkedin.com/in/" + handle.replace('.', '-') + "-" + id, emails, phones);
    }

    private Map<String, Object> avatar(long id, String handle, java.time.OffsetDateTime at) {
        if (rng.chance(0.2)) {
            return files.image(handle + ".png", at);
        }
        return Map.of("src", "https://i.pravatar.cc/150?u=" + id);
    }

    private Map<String, Object> point(String key, String value) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put(key, value);
        point.put("type", rng.pick(Vocabulary.CONTACT_POINT_TYPES));
        return point;
    }
}
