package org.atomic2dynamics.mapping.handoff;

import java.util.List;

/** Just enough Markdown: headings, paragraphs, tables (pipes escaped) and checklists. */
final class Markdown {
    private final StringBuilder out = new StringBuilder();

    Markdown heading(int level, String text) {
        out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        return this;
    }

    Markdown paragraph(String text) {
        out.append(text).append("\n\n");
        return this;
    }

    Markdown table(List<String> header, List<List<String>> rows) {
        row(header);
        out.append(header.stream().map(h -> "---").reduce((a, b) -> a + "|" + b).map(s -> "|" + s + "|\n").orElse(""));
        rows.forEach(this::row);
        out.append('\n');
        return this;
    }

    Markdown checklist(List<String> items) {
        items.forEach(i -> out.append("- [ ] ").append(i).append('\n'));
        out.append('\n');
        return this;
    }

    private void row(List<String> cells) {
        out.append('|');
        cells.forEach(c -> out.append(' ').append(cell(c)).append(" |"));
        out.append('\n');
    }

    private static String cell(String c) {
        return c == null ? "" : c.replace("|", "\\|").replace("\n", " ");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
