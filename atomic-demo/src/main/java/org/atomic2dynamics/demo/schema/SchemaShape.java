package org.atomic2dynamics.demo.schema;

/**
 * The facts about a schema's shape that decide how rows are written into it, derived from the last applied
 * migration. Each flag follows one upstream migration, so a database between two generations is exact too.
 */
public record SchemaShape(
        boolean acquisition,
        boolean taskSalesId,
        boolean emailJsonb,
        boolean phoneJsonb,
        boolean snakeCase,
        boolean dueDateOptional,
        boolean configurationTable,
        boolean slugs,
        boolean closingDateIsDate,
        boolean favicons) {

    public static SchemaShape after(String lastMigration) {
        return new SchemaShape(
                lastMigration.compareTo("20240807082449") < 0,
                lastMigration.compareTo("20240806124555") >= 0,
                lastMigration.compareTo("20250109152531") >= 0,
                lastMigration.compareTo("20250113132531") >= 0,
                lastMigration.compareTo("20260115150819") >= 0,
                lastMigration.compareTo("20260127140209") >= 0,
                lastMigration.compareTo("20260211194545") >= 0,
                lastMigration.compareTo("20260211194545") >= 0,
                lastMigration.compareTo("20260226163952") >= 0,
                lastMigration.compareTo("20260127140209") >= 0);
    }

    public String contactNotesTable() {
        return snakeCase ? "contact_notes" : "\"contactNotes\"";
    }

    public String dealNotesTable() {
        return snakeCase ? "deal_notes" : "\"dealNotes\"";
    }

    public String stateColumn() {
        return snakeCase ? "state_abbr" : "\"stateAbbr\"";
    }
}
