package org.atomic2dynamics.mapping.record;

import org.atomic2dynamics.mapping.convert.JsonText;
import org.atomic2dynamics.mapping.spec.Transform;

/** Compiles a transform name into the function that applies it. */
final class Transforms {
    private Transforms() {
    }

    static EntryMapper compile(Transform t, CompileScope scope) {
        return switch (t) {
            case NONE -> (e, out) -> { };
            case COPY, DATE, DATETIME, NUMBER -> ValueTransforms::copy;
            case SOURCE_ID -> ValueTransforms::sourceId;
            case TEXT, LINES -> (e, out) -> ValueTransforms.text(e, out, ValueTransforms.textOf(out.input(e)));
            case JSON_TEXT, BASE64 -> (e, out) -> ValueTransforms.text(e, out, JsonText.render(out.input(e)));
            case JSON_FIELD -> (e, out) -> ValueTransforms.text(e, out,
                    JsonText.field(out.input(e), e.mapping().param("field", "src")));
            case URL -> ValueTransforms::url;
            case INVERT -> ValueTransforms::invert;
            case FULL_NAME -> ValueTransforms::fullName;
            case COMPANY_NAME -> ValueTransforms::companyName;
            case CHOICE -> (e, out) -> ChoiceTransforms.choice(e, out, scope);
            case MULTI_CHOICE -> (e, out) -> ChoiceTransforms.multiChoice(e, out, scope);
            case CHOICE_LABEL -> (e, out) -> ChoiceTransforms.label(e, out, scope);
            case SIZE_CLASS -> (e, out) -> ChoiceTransforms.sizeClass(e, out, scope);
            case EMAILS -> ContactPointTransforms::emails;
            case PHONES -> ContactPointTransforms::phones;
            case LOOKUP -> (e, out) -> ReferenceTransforms.lookup(e, out, scope);
            case CONTACT_LOOKUP -> (e, out) -> ReferenceTransforms.contactLookup(e, out, scope);
            case OWNER -> ReferenceTransforms::owner;
            case CURRENCY -> ReferenceTransforms::currency;
            case DEAL_CONTACTS -> (e, out) -> ReferenceTransforms.dealContacts(e, out, scope);
            case SUBJECT_AND_BODY -> ActivityTransforms::subjectAndBody;
            case COMPLETION -> ActivityTransforms::completion;
            case STAGE -> (e, out) -> ActivityTransforms.stage(e, out, scope);
            case REVENUE -> (e, out) -> ActivityTransforms.revenue(e, out, scope);
        };
    }
}
