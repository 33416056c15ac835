package org.atomic2dynamics.source.reference;

import org.atomic2dynamics.core.source.SchemaGeneration;
import org.atomic2dynamics.core.source.SchemaSnapshot;

/**
 * The public schema an untouched Atomic CRM database of one generation has, as data: what the audit compares
 * a live database with. {@code lastMigration} is the upstream migration the reference was taken after.
 */
public record ReferenceSchema(SchemaGeneration generation, String lastMigration, SchemaSnapshot schema) {
}
