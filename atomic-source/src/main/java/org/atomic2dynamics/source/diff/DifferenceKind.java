package org.atomic2dynamics.source.diff;

/** The ways a live schema can differ from its generation's reference. */
public enum DifferenceKind {
    CUSTOM_TABLE, MISSING_TABLE, CUSTOM_COLUMN, MISSING_COLUMN, TYPE_CHANGED, NULLABILITY_CHANGED,
    PRIMARY_KEY_CHANGED, FOREIGN_KEY_MISSING, FOREIGN_KEY_ADDED, FOREIGN_KEY_CHANGED,
    VIEW_MISSING, VIEW_ADDED, VIEW_CHANGED
}
