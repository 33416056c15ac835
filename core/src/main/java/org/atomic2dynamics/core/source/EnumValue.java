package org.atomic2dynamics.core.source;

/**
 * One value of an Atomic CRM enumeration (a deal stage, a task type...). {@code origin} says where it was
 * found: "database", "default", "app-config:<file>", or "data" for a value used by records but configured nowhere.
 */
public record EnumValue(String value, String label, String origin) {
}
