package org.atomic2dynamics.emulator.schema;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.atomic2dynamics.dataverse.model.ColumnDef;
import org.atomic2dynamics.dataverse.model.TableDef;
import org.atomic2dynamics.dataverse.model.WebApiNames;

/**
 * A table as the Web API exposes it: its properties, the {@code _x_value} names of its lookups and its
 * single-valued navigation properties. Derived once from a {@link TableDef}; rebuilt when a column is added.
 */
public final class EntityType {
    private final TableDef def;
    private final Map<String, ColumnDef> properties = new LinkedHashMap<>();
    private final Map<String, ColumnDef> lookupValues = new LinkedHashMap<>();
    private final Map<String, Binding> navigations = new LinkedHashMap<>();
    /** The lookups' answers, made once: writes ask for a dozen properties per record. */
    private final Map<String, Optional<ColumnDef>> propertyLookups = new HashMap<>();
    private final Map<String, Optional<Binding>> navigationLookups = new HashMap<>();

    public EntityType(TableDef def) {
        this.def = def;
        for (ColumnDef c : def.columns().values()) {
            if (!WebApiNames.isProperty(def, c)) {
                continue;
            }
            properties.put(c.logicalName(), c);
            if (c.type().isLookup()) {
                lookupValues.put(WebApiNames.valueProperty(c), c);
                WebApiNames.bindProperties(def, c).forEach((nav, target) ->
                        navigations.put(nav, new Binding(nav, c, target)));
            }
        }
        properties.forEach((name, c) -> propertyLookups.put(name, Optional.of(c)));
        navigations.forEach((name, b) -> navigationLookups.put(name, Optional.of(b)));
    }

    public TableDef def() {
        return def;
    }

    public String name() {
        return def.logicalName();
    }

    public String entitySet() {
        return def.entitySetName();
    }

    public String primaryId() {
        return def.primaryId();
    }

    public String qualifiedName() {
        return "Microsoft.Dynamics.CRM." + def.logicalName();
    }

    /** Web API properties by logical name (lookups included, though they are read as _x_value). */
    public Map<String, ColumnDef> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public Optional<ColumnDef> property(String name) {
        return propertyLookups.getOrDefault(name, Optional.empty());
    }

    /** The lookup read back as {@code _x_value}. */
    public Optional<ColumnDef> lookupValue(String valueProperty) {
        return Optional.ofNullable(lookupValues.get(valueProperty));
    }

    public Optional<Binding> navigation(String name) {
        return navigationLookups.getOrDefault(name, Optional.empty());
    }

    public Map<String, Binding> navigations() {
        return Collections.unmodifiableMap(navigations);
    }

    /** The navigation property that reads back a lookup pointing to {@code target}. */
    public String navigationFor(ColumnDef column, String target) {
        for (Binding b : navigations.values()) {
            if (b.column().logicalName().equals(column.logicalName()) && b.targetTable().equals(target)) {
                return b.navigationProperty();
            }
        }
        return column.logicalName();
    }
}
