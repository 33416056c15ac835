package org.atomic2dynamics.emulator.api;

import java.util.UUID;
import org.atomic2dynamics.emulator.query.Selection;

/** The absolute URLs responses carry: entity ids and {@code @odata.context}. */
public record Urls(String api) {

    public String entity(String entitySet, UUID id) {
        return api + entitySet + "(" + id + ")";
    }

    public String context(String fragment) {
        return api + "$metadata#" + fragment;
    }

    /** {@code accounts(name,revenue)/$entity}, {@code accounts/$entity} or, for a collection, without /$entity. */
    public String entityContext(String entitySet, Selection selection, boolean single) {
        StringBuilder f = new StringBuilder(entitySet);
        if (!selection.selectsAll() || !selection.expand().isEmpty()) {
            f.append('(');
            if (!selection.selectsAll()) {
                f.append(String.join(",", selection.select()));
            }
            selection.expand().forEach((nav, inner) -> {
                if (f.charAt(f.length() - 1) != '(') {
                    f.append(',');
                }
                f.append(nav).append('(').append(inner.selectsAll() ? "" : String.join(",", inner.select())).append(')');
            });
            f.append(')');
        }
        return context(f + (single ? "/$entity" : ""));
    }
}
