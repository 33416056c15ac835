package org.atomic2dynamics.engine.migrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atomic2dynamics.core.port.SourceReader;
import org.atomic2dynamics.mapping.spec.MappingSpec;
import org.atomic2dynamics.mapping.spec.NewColumn;
import org.atomic2dynamics.mapping.spec.TableMapping;

/**
 * The order source tables load in, parents first: the standard tables in their dependency order, then the
 * others in the map's order — except that a table a custom lookup points to (a custom table, or a later
 * table) is pulled in just before the first table whose lookup needs it. A cycle of lookups is broken where
 * it was entered; the children whose parent is not written yet are held, as for any missing parent.
 */
final class SourceOrder {
    private SourceOrder() {
    }

    static List<String> of(MappingSpec spec) {
        Set<String> sources = new LinkedHashSet<>(SourceReader.STANDARD_TABLES);
        spec.tables().forEach(t -> sources.add(t.source()));
        Map<String, Set<String>> parents = parents(spec, new ArrayList<>(sources));
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new HashSet<>();
        sources.forEach(s -> visit(s, parents, ordered, visiting));
        return ordered;
    }

    private static void visit(String source, Map<String, Set<String>> parents, List<String> ordered, Set<String> visiting) {
        if (ordered.contains(source) || !visiting.add(source)) {
            return;
        }
        parents.getOrDefault(source, Set.of()).forEach(p -> visit(p, parents, ordered, visiting));
        ordered.add(source);
    }

    /** Each standard table follows the one before it; a table with a custom lookup follows the lookup's writers. */
    private static Map<String, Set<String>> parents(MappingSpec spec, List<String> sources) {
        Map<String, Set<String>> parents = new HashMap<>();
        List<String> standard = SourceReader.STANDARD_TABLES;
        for (int i = 1; i < standard.size(); i++) {
            parents.computeIfAbsent(standard.get(i), k -> new LinkedHashSet<>()).add(standard.get(i - 1));
        }
        Map<String, Set<String>> writers = new HashMap<>();
        spec.tables().stream().filter(TableMapping::migrated)
                .forEach(t -> writers.computeIfAbsent(t.target(), k -> new LinkedHashSet<>()).add(t.source()));
        for (TableMapping t : spec.tables()) {
            if (!t.migrated()) {
                continue;
            }
            for (NewColumn c : t.newColumns()) {
                if ("Lookup".equalsIgnoreCase(c.type()) && c.lookupTarget() != null) {
                    writers.getOrDefault(c.lookupTarget(), Set.of()).stream().filter(w -> !w.equals(t.source()))
                            .sorted((a, b) -> sources.indexOf(a) - sources.indexOf(b))
                            .forEach(w -> parents.computeIfAbsent(t.source(), k -> new LinkedHashSet<>()).add(w));
                }
            }
        }
        return parents;
    }
}
