package org.atomic2dynamics.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.source.ColumnInfo;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.EnumValue;
import org.atomic2dynamics.core.source.Enumeration;
import org.atomic2dynamics.core.source.ForeignKeyInfo;
import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.core.source.SchemaSnapshot;
import org.atomic2dynamics.core.source.TableInfo;
import org.atomic2dynamics.core.source.TypeFamily;
import org.atomic2dynamics.dataverse.model.ReferenceTables;
import org.atomic2dynamics.mapping.propose.ProposalInput;
import org.atomic2dynamics.mapping.propose.ProposalSettings;
import org.atomic2dynamics.mapping.propose.TagValue;

/**
 * The current-generation Atomic CRM schema and default configuration (ATOMIC-CRM.md §1.1 and §2), built by
 * hand as the source reader presents them, plus the demo volumes.
 */
public final class AtomicFixtures {
    public static final ReferenceTables REFERENCE = ReferenceTables.load();

    private AtomicFixtures() {
    }

    public static SchemaSnapshot currentSchema() {
        return new SchemaSnapshot(standardTables(), List.of());
    }

    public static List<TableInfo> standardTables() {
        return List.of(
                table("sales", List.of(), col("id", "bigint"), col("first_name", "text"), col("last_name", "text"),
                        col("email", "extensions.citext"), col("administrator", "boolean"), col("user_id", "uuid"),
                        col("avatar", "jsonb"), col("disabled", "boolean")),
                table("tags", List.of(), col("id", "bigint"), col("name", "text"), col("color", "text")),
                table("companies", List.of(fk("sales_id", "sales")), col("id", "bigint"),
                        col("created_at", "timestamp with time zone"), col("name", "text"), col("sector", "text"),
                        col("size", "smallint"), col("linkedin_url", "text"), col("website", "extensions.citext"),
                        col("phone_number", "text"), col("address", "text"), col("zipcode", "text"),
                        col("city", "text"), col("state_abbr", "text"), col("sales_id", "bigint"),
                        col("context_links", "json"), col("country", "text"), col("description", "text"),
                        col("revenue", "text"), col("tax_identifier", "text"), col("logo", "jsonb")),
                table("contacts", List.of(fk("company_id", "companies"), fk("sales_id", "sales")), col("id", "bigint"),
                        col("first_name", "text"), col("last_name", "text"), col("gender", "text"), col("title", "text"),
                        col("background", "text"), col("avatar", "jsonb"), col("first_seen", "timestamp with time zone"),
                        col("last_seen", "timestamp with time zone"), col("has_newsletter", "boolean"),
                        col("status", "text"), col("tags", "bigint[]"), col("company_id", "bigint"),
                        col("sales_id", "bigint"), col("linkedin_url", "text"), col("email_jsonb", "jsonb"),
                        col("phone_jsonb", "jsonb")),
                table("deals", List.of(fk("company_id", "companies"), fk("sales_id", "sales")), col("id", "bigint"),
                        col("name", "text"), col("company_id", "bigint"), col("contact_ids", "bigint[]"),
                        col("category", "text"), col("stage", "text"), col("description", "text"),
                        col("amount", "bigint"), col("created_at", "timestamp with time zone"),
                        col("updated_at", "timestamp with time zone"), col("archived_at", "timestamp with time zone"),
                        col("expected_closing_date", "date"), col("sales_id", "bigint"), col("index", "smallint")),
                table("tasks", List.of(fk("contact_id", "contacts")), col("id", "bigint"), col("contact_id", "bigint"),
                        col("type", "text"), col("text", "text"), col("due_date", "timestamp with time zone"),
                        col("done_date", "timestamp with time zone"), col("sales_id", "bigint")),
                table("contact_notes", List.of(fk("contact_id", "contacts"), fk("sales_id", "sales")),
                        col("id", "bigint"), col("contact_id", "bigint"), col("text", "text"),
                        col("date", "timestamp with time zone"), col("sales_id", "bigint"), col("status", "text"),
                        col("attachments", "jsonb[]")),
                table("deal_notes", List.of(fk("deal_id", "deals"), fk("sales_id", "sales")), col("id", "bigint"),
                        col("deal_id", "bigint"), col("type", "text"), col("text", "text"),
                        col("date", "timestamp with time zone"), col("sales_id", "bigint"),
                        col("attachments", "jsonb[]")),
                table("configuration", List.of(), col("id", "integer"), col("config", "jsonb")),
                table("favicons_excluded_domains", List.of(), col("id", "bigint"), col("domain", "text")));
    }

    public static EffectiveConfiguration defaultConfiguration() {
        return new EffectiveConfiguration("USD", "default", Map.of(
                EffectiveConfiguration.COMPANY_SECTORS, enumeration(EffectiveConfiguration.COMPANY_SECTORS,
                        "communication-services", "Communication Services", "consumer-discretionary",
                        "Consumer Discretionary", "consumer-staples", "Consumer Staples", "energy", "Energy",
                        "financials", "Financials", "health-care", "Health Care", "industrials", "Industrials",
                        "information-technology", "Information Technology", "materials", "Materials", "real-estate",
                        "Real Estate", "utilities", "Utilities"),
                EffectiveConfiguration.DEAL_STAGES, enumeration(EffectiveConfiguration.DEAL_STAGES, "opportunity",
                        "Opportunity", "proposal-sent", "Proposal Sent", "in-negociation", "In Negotiation", "won",
                        "Won", "lost", "Lost", "delayed", "Delayed"),
                EffectiveConfiguration.DEAL_CATEGORIES, enumeration(EffectiveConfiguration.DEAL_CATEGORIES, "other",
                        "Other", "copywriting", "Copywriting", "print-project", "Print project", "ui-design",
                        "UI Design", "website-design", "Website design"),
                EffectiveConfiguration.NOTE_STATUSES, enumeration(EffectiveConfiguration.NOTE_STATUSES, "cold", "Cold",
                        "warm", "Warm", "hot", "Hot", "in-contract", "In Contract"),
                EffectiveConfiguration.TASK_TYPES, enumeration(EffectiveConfiguration.TASK_TYPES, "none", "None",
                        "email", "Email", "demo", "Demo", "lunch", "Lunch", "meeting", "Meeting", "follow-up",
                        "Follow-up", "thank-you", "Thank you", "ship", "Ship", "call", "Call")));
    }

    public static List<TagValue> demoTags() {
        return List.of(new TagValue(0, "football-fan", "#eddcd2"), new TagValue(1, "holiday-card", "#fff1e6"),
                new TagValue(2, "influencer", "#fde2e4"), new TagValue(3, "manager", "#fad2e1"),
                new TagValue(4, "musician", "#c5dedd"), new TagValue(5, "vip", "#dbe7e4"));
    }

    public static Map<String, Long> demoCounts() {
        return Map.of("sales", 6L, "tags", 6L, "companies", 55L, "contacts", 500L, "contact_notes", 1200L,
                "deals", 50L, "deal_notes", 300L, "tasks", 400L, "configuration", 1L);
    }

    public static ProposalInput demoInput() {
        return input(currentSchema(), ProposalSettings.defaults("demo"));
    }

    public static ProposalInput input(SchemaSnapshot schema, ProposalSettings settings) {
        return new ProposalInput(schema, defaultConfiguration(), SchemaGeneration.CURRENT, REFERENCE.all(),
                demoCounts(), demoTags(), settings);
    }

    public static TableInfo table(String name, List<ForeignKeyInfo> fks, ColumnInfo... columns) {
        List<ColumnInfo> numbered = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            ColumnInfo c = columns[i];
            numbered.add(new ColumnInfo(c.name(), c.dataType(), c.family(), c.nullable(), c.defaultExpression(), i + 1,
                    c.enumLabels()));
        }
        return new TableInfo("public", name, numbered, List.of("id"), fks, true);
    }

    public static ColumnInfo col(String name, String dataType) {
        return new ColumnInfo(name, dataType, family(dataType), true, null, 0, List.of());
    }

    public static ColumnInfo enumColumn(String name, String type, String... labels) {
        return new ColumnInfo(name, type, TypeFamily.ENUM, true, null, 0, List.of(labels));
    }

    public static ForeignKeyInfo fk(String column, String table) {
        return new ForeignKeyInfo(column + "_fkey", List.of(column), "public", table, List.of("id"), "CASCADE",
                "CASCADE");
    }

    static TypeFamily family(String type) {
        if (type.endsWith("[]")) {
            return TypeFamily.ARRAY;
        }
        return switch (type) {
            case "bigint", "integer", "smallint" -> TypeFamily.INTEGER;
            case "boolean" -> TypeFamily.BOOLEAN;
            case "uuid" -> TypeFamily.UUID;
            case "json", "jsonb" -> TypeFamily.JSON;
            case "date" -> TypeFamily.DATE;
            case "timestamp with time zone" -> TypeFamily.TIMESTAMPTZ;
            case "timestamp without time zone" -> TypeFamily.TIMESTAMP;
            default -> TypeFamily.TEXT;
        };
    }

    private static Enumeration enumeration(String name, String... pairs) {
        List<EnumValue> values = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.add(new EnumValue(pairs[i], pairs[i + 1], "default"));
        }
        return new Enumeration(name, values);
    }
}
