package org.atomic2dynamics.demo.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Atomic CRM's default enumerations (ATOMIC-CRM.md §2), value → label. The demo stores the values; schemas
 * from before 2026-02 stored the labels of sectors, deal categories and task types, so the writer needs both.
 */
public final class Vocabulary {
    public static final Map<String, String> SECTORS = ordered(
            "communication-services", "Communication Services", "consumer-discretionary", "Consumer Discretionary",
            "consumer-staples", "Consumer Staples", "energy", "Energy", "financials", "Financials",
            "health-care", "Health Care", "industrials", "Industrials",
            "information-technology", "Information Technology", "materials", "Materials",
            "real-estate", "Real Estate", "utilities", "Utilities");
    public static final Map<String, String> DEAL_STAGES = ordered(
            "opportunity", "Opportunity", "proposal-sent", "Proposal Sent", "in-negociation", "In Negotiation",
            "won", "Won", "lost", "Lost", "delayed", "Delayed");
    public static final Map<String, String> DEAL_CATEGORIES = ordered(
            "other", "Other", "copywriting", "Copywriting", "print-project", "Print project",
            "ui-design", "UI Design", "website-design", "Website design");
    public static final Map<String, String> NOTE_STATUSES = ordered(
            "cold", "Cold", "warm", "Warm", "hot", "Hot", "in-contract", "In Contract");
    public static final Map<String, String> TASK_TYPES = ordered(
            "none", "None", "email", "Email", "demo", "Demo", "lunch", "Lunch", "meeting", "Meeting",
            "follow-up", "Follow-up", "thank-you", "Thank you", "ship", "Ship", "call", "Call");
    public static final List<String> GENDERS = List.of("male", "female", "nonbinary");
    public static final List<Integer> COMPANY_SIZES = List.of(1, 10, 50, 250, 500);
    public static final List<String> CONTACT_POINT_TYPES = List.of("Work", "Home", "Other");
    public static final List<String> TAG_NAMES = List.of(
            "football-fan", "holiday-card", "influencer", "manager", "musician", "vip");
    public static final List<String> TAG_COLORS = List.of(
            "#eddcd2", "#fff1e6", "#fde2e4", "#fad2e1", "#c5dedd", "#dbe7e4");

    private Vocabulary() {
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
