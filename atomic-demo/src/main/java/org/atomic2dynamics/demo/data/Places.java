package org.atomic2dynamics.demo.data;

import java.util.List;

/** Cities with the country, state abbreviation and phone format the demo's companies use. */
record Places(String city, String stateAbbr, String country, String zipPattern, String phonePrefix) {
    static final List<Places> ALL = List.of(
            new Places("New York", "NY", "USA", "100##", "+1 212"),
            new Places("San Francisco", "CA", "USA", "941##", "+1 415"),
            new Places("Austin", "TX", "USA", "787##", "+1 512"),
            new Places("Chicago", "IL", "USA", "606##", "+1 312"),
            new Places("Boston", "MA", "USA", "021##", "+1 617"),
            new Places("Paris", null, "France", "750##", "+33 1"),
            new Places("Lyon", null, "France", "690##", "+33 4"),
            new Places("Nantes", null, "France", "440##", "+33 2"),
            new Places("London", null, "UK", "EC1A #BB", "+44 20"),
            new Places("Manchester", null, "UK", "M# #AE", "+44 161"));

    String zipcode(Rng rng) {
        StringBuilder zip = new StringBuilder();
        for (char c : zipPattern.toCharArray()) {
            zip.append(c == '#' ? (char) ('0' + rng.between(0, 9)) : c);
        }
        return zip.toString();
    }

    String phone(Rng rng) {
        return phonePrefix + " " + rng.between(200, 999) + " " + rng.between(1000, 9999);
    }
}
