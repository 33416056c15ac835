package org.atomic2dynamics.source.introspect;

import java.util.Map;
import java.util.Set;
import org.atomic2dynamics.core.source.TypeFamily;

/** Sorts a Postgres type (by pg_type name, typtype and typcategory) into a {@link TypeFamily}. */
public final class TypeFamilies {
    private static final Map<String, TypeFamily> BY_NAME = Map.ofEntries(
            Map.entry("int2", TypeFamily.INTEGER), Map.entry("int4", TypeFamily.INTEGER),
            Map.entry("int8", TypeFamily.INTEGER), Map.entry("numeric", TypeFamily.NUMERIC),
            Map.entry("float4", TypeFamily.FLOAT), Map.entry("float8", TypeFamily.FLOAT),
            Map.entry("money", TypeFamily.MONEY), Map.entry("bool", TypeFamily.BOOLEAN),
            Map.entry("text", TypeFamily.TEXT), Map.entry("varchar", TypeFamily.TEXT),
            Map.entry("bpchar", TypeFamily.TEXT), Map.entry("name", TypeFamily.TEXT),
            Map.entry("citext", TypeFamily.TEXT), Map.entry("char", TypeFamily.TEXT),
            Map.entry("uuid", TypeFamily.UUID), Map.entry("date", TypeFamily.DATE),
            Map.entry("timestamp", TypeFamily.TIMESTAMP), Map.entry("timestamptz", TypeFamily.TIMESTAMPTZ),
            Map.entry("time", TypeFamily.TIME), Map.entry("timetz", TypeFamily.TIME),
            Map.entry("interval", TypeFamily.INTERVAL), Map.entry("json", TypeFamily.JSON),
            Map.entry("jsonb", TypeFamily.JSON), Map.entry("inet", TypeFamily.NETWORK),
            Map.entry("cidr", TypeFamily.NETWORK), Map.entry("macaddr", TypeFamily.NETWORK),
            Map.entry("macaddr8", TypeFamily.NETWORK), Map.entry("tsvector", TypeFamily.TSVECTOR),
            Map.entry("tsquery", TypeFamily.TSVECTOR), Map.entry("bytea", TypeFamily.BYTEA),
            Map.entry("bit", TypeFamily.BIT), Map.entry("varbit", TypeFamily.BIT), Map.entry("xml", TypeFamily.XML));
    private static final Set<String> GEOMETRIC = Set.of("point", "line", "lseg", "box", "path", "polygon", "circle");

    private TypeFamilies() {
    }

    /**
     * @param typname pg_type.typname of the column's type (of the base type for a domain)
     * @param typtype pg_type.typtype: b base, e enum, r range, m multirange, c composite...
     * @param typcategory pg_type.typcategory: A array, G geometric...
     */
    public static TypeFamily classify(String typname, String typtype, String typcategory) {
        if ("A".equals(typcategory)) {
            return TypeFamily.ARRAY;
        }
        if ("e".equals(typtype)) {
            return TypeFamily.ENUM;
        }
        if ("r".equals(typtype) || "m".equals(typtype)) {
            return TypeFamily.RANGE;
        }
        if (GEOMETRIC.contains(typname)) {
            return TypeFamily.GEOMETRIC;
        }
        return BY_NAME.getOrDefault(typname, TypeFamily.OTHER);
    }
}
