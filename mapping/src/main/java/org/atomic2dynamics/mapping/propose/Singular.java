package org.atomic2dynamics.mapping.propose;

/**
 * English singular of a plural table name ("campaigns" → "campaign", "categories" → "category"): Dataverse
 * tables are named in the singular and pluralised for their entity set, so "campaigns" would otherwise
 * become the table "atm_campaigns" with the entity set "atm_campaignses".
 */
final class Singular {
    private Singular() {
    }

    static String of(String name) {
        if (name.length() > 4 && name.endsWith("ies")) {
            return name.substring(0, name.length() - 3) + "y";
        }
        for (String suffix : new String[] {"sses", "xes", "zes", "ches", "shes"}) {
            if (name.length() > suffix.length() + 1 && name.endsWith(suffix)) {
                return name.substring(0, name.length() - 2);
            }
        }
        if (name.length() > 2 && name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("us")) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }
}
