package org.atomic2dynamics.source.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.EnumValue;
import org.atomic2dynamics.core.source.Enumeration;

/**
 * Atomic CRM's code defaults (src/components/atomic-crm/root/defaultConfiguration.ts, ATOMIC-CRM.md §2),
 * verbatim. Older generations configured sectors, categories and task types as label arrays; their slugs
 * are these same values, so one set of defaults serves every generation. Gender is hard-coded, not configured.
 */
public final class Defaults {
    public static final String ORIGIN = "default";
    public static final String CODE_ORIGIN = "code";
    public static final String CURRENCY = "USD";

    static final Map<String, List<String[]>> ENUMERATIONS = Map.of(
            EffectiveConfiguration.COMPANY_SECTORS, pairs(
                    "communication-services", "Communication Services", "consumer-discretionary",
                    "Consumer Discretionary", "consumer-staples", "Consumer Staples", "energy", "Energy",
                    "financials", "Financials", "health-care", "Health Care", "industrials", "Industrials",
                    "information-technology", "Information Technology", "materials", "Materials",
                    "real-estate", "Real Estate", "utilities", "Utilities"),
            EffectiveConfiguration.DEAL_STAGES, pairs(
                    "opportunity", "Opportunity", "proposal-sent", "Proposal Sent", "in-negociation",
                    "In Negotiation", "won", "Won", "lost", "Lost", "delayed", "Delayed"),
            EffectiveConfiguration.DEAL_CATEGORIES, pairs(
                    "other", "Other", "copywriting", "Copywriting", "print-project", "Print project",
                    "ui-design", "UI Design", "website-design", "Website design"),
            EffectiveConfiguration.NOTE_STATUSES, pairs(
                    "cold", "Cold", "warm", "Warm", "hot", "Hot", "in-contract", "In Contract"),
            EffectiveConfiguration.TASK_TYPES, pairs(
                    "none", "None", "email", "Email", "demo", "Demo", "lunch", "Lunch", "meeting", "Meeting",
                    "follow-up", "Follow-up", "thank-you", "Thank you", "ship", "Ship", "call", "Call"));

    static final List<String[]> GENDERS = pairs("male", "He/Him", "female", "She/Her", "nonbinary", "They/Them");

    private Defaults() {
    }

    /** The configuration of an instance that changed nothing. */
    public static EffectiveConfiguration configuration() {
        Map<String, Enumeration> enums = new LinkedHashMap<>();
        ENUMERATIONS.forEach((name, values) -> enums.put(name, enumeration(name, values, ORIGIN)));
        enums.put(EffectiveConfiguration.CONTACT_GENDER,
                enumeration(EffectiveConfiguration.CONTACT_GENDER, GENDERS, CODE_ORIGIN));
        return new EffectiveConfiguration(CURRENCY, ORIGIN, enums);
    }

    static Enumeration enumeration(String name, List<String[]> values, String origin) {
        List<EnumValue> list = new ArrayList<>();
        values.forEach(v -> list.add(new EnumValue(v[0], v[1], origin)));
        return new Enumeration(name, list);
    }

    private static List<String[]> pairs(String... flat) {
        List<String[]> list = new ArrayList<>();
        for (int i = 0; i < flat.length; i += 2) {
            list.add(new String[] {flat[i], flat[i + 1]});
        }
        return List.copyOf(list);
    }
}
