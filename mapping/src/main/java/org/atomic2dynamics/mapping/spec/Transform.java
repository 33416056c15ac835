package org.atomic2dynamics.mapping.spec;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atomic2dynamics.dataverse.model.AttributeType;

/**
 * The transforms a mapping entry can name, with the Dataverse column types each target position accepts
 * (the validator's "impossible type pair" check). A position spec lists types separated by '|'; a final
 * "..." repeats the last position. docs/MAPPING.md describes each transform.
 */
public enum Transform {
    NONE("none"),
    COPY("copy", "String|Memo|Integer|BigInt|Decimal|Double|Money|Boolean|DateTime", "..."),
    SOURCE_ID("source-id", "String"),
    TEXT("text", "String|Memo", "..."),
    LINES("lines", "String|Memo"),
    JSON_TEXT("json-text", "String|Memo"),
    JSON_FIELD("json-field", "String|Memo"),
    BASE64("base64", "String|Memo"),
    URL("url", "String"),
    DATE("date", "DateTime", "..."),
    DATETIME("datetime", "DateTime", "..."),
    NUMBER("number", "Integer|BigInt|Decimal|Double|Money"),
    REVENUE("revenue", "Money|Decimal", "String|Memo"),
    SIZE_CLASS("size-class", "Integer", "Picklist"),
    CHOICE("choice", "Picklist", "..."),
    MULTI_CHOICE("multi-choice", "MultiSelectPicklist"),
    CHOICE_LABEL("choice-label", "String|Memo"),
    INVERT("invert", "Boolean"),
    EMAILS("emails", "String|Memo", "..."),
    PHONES("phones", "String|Memo", "..."),
    SUBJECT_AND_BODY("subject-and-body", "String", "Memo|String"),
    LOOKUP("lookup", "Lookup|Customer", "..."),
    CONTACT_LOOKUP("contact-lookup", "Lookup|Customer", "Lookup"),
    OWNER("owner", "Owner|Lookup"),
    STAGE("stage", "Picklist", "Picklist", "String", "Integer"),
    DEAL_CONTACTS("deal-contacts", "Lookup", "Lookup"),
    COMPLETION("completion", "DateTime"),
    CURRENCY("currency", "Lookup"),
    FULL_NAME("full-name", "String"),
    COMPANY_NAME("company-name", "String");

    private final String yamlName;
    private final List<String> positions;

    Transform(String yamlName, String... positions) {
        this.yamlName = yamlName;
        this.positions = List.of(positions);
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<Transform> of(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Transform::yamlName).toList();
    }

    /** How many targets this transform takes at most (Integer.MAX_VALUE when the last one repeats). */
    public int maxTargets() {
        return repeats() ? Integer.MAX_VALUE : positions.size();
    }

    /** The column types accepted at target position {@code index}. */
    public Set<AttributeType> accepted(int index) {
        int fixed = repeats() ? positions.size() - 2 : positions.size() - 1;
        String spec = positions.get(Math.min(index, fixed));
        Set<AttributeType> types = EnumSet.noneOf(AttributeType.class);
        for (String name : spec.split("\\|")) {
            types.add(AttributeType.fromReference(name));
        }
        return types;
    }

    private boolean repeats() {
        return !positions.isEmpty() && positions.get(positions.size() - 1).equals("...");
    }
}
