package org.atomic2dynamics.core.source;

/**
 * The Dataverse column proposed for a source column. {@code attributeType} is the metadata API's name
 * (String, Memo, Integer, Decimal, Double, Money, Boolean, DateTime, Picklist); length, precision and
 * behaviour are null where they do not apply. {@code decision} is non-empty when no Dataverse type holds the
 * value exactly and a person must choose; {@code note} explains the choice in one line.
 */
public record ColumnProposal(
        String attributeType,
        Integer maxLength,
        Integer precision,
        String dateTimeBehavior,
        boolean lossy,
        String decision,
        String note) {

    public boolean needsDecision() {
        return decision != null && !decision.isEmpty();
    }
}
