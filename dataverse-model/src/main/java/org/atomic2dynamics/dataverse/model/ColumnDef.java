package org.atomic2dynamics.dataverse.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One Dataverse column as the metadata describes it. Optional facts are null when they do not apply
 * (maxLength on a number, targets on a string...). {@code optionSetName} is set for choice columns bound
 * to a global option set.
 */
public record ColumnDef(
        String logicalName,
        String schemaName,
        AttributeType type,
        RequiredLevel requiredLevel,
        boolean validForCreate,
        boolean validForUpdate,
        Integer maxLength,
        String format,
        BigDecimal minValue,
        BigDecimal maxValue,
        Integer precision,
        String dateTimeBehavior,
        List<OptionDef> options,
        List<String> targets,
        String optionSetName,
        boolean custom) {

    public ColumnDef {
        options = options == null ? List.of() : List.copyOf(options);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public boolean hasOption(int value) {
        return options.stream().anyMatch(o -> o.value() == value);
    }

    public boolean isDateOnly() {
        return "DateOnly".equals(dateTimeBehavior);
    }
}
