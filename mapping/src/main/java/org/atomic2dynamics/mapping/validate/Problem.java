package org.atomic2dynamics.mapping.validate;

/**
 * One problem of a mapping file: the line it is on (0 when unknown), the place in the document as a JSON
 * pointer ("/tables/2/columns/5/target"), what is wrong and what to do.
 */
public record Problem(int line, String path, String message, String hint) implements Comparable<Problem> {

    /** "mapping.yaml:42: unknown target column 'foo' on account — use a column of account or add it to newColumns" */
    public String format(String fileName) {
        String where = line > 0 ? fileName + ":" + line : fileName;
        return where + ": " + message + (hint == null || hint.isEmpty() ? "" : " — " + hint);
    }

    public Problem atLine(int newLine) {
        return new Problem(newLine, path, message, hint);
    }

    @Override
    public int compareTo(Problem other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : message.compareTo(other.message);
    }
}
