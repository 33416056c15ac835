package org.atomic2dynamics.source.config.tsx;

/** A token of TypeScript/TSX source; {@code line} is 1-based, for error messages. */
record Token(Kind kind, String text, int line) {

    enum Kind { IDENTIFIER, STRING, NUMBER, PUNCT, TEMPLATE, END }

    boolean is(String punct) {
        return kind == Kind.PUNCT && text.equals(punct);
    }

    boolean isWord(String word) {
        return kind == Kind.IDENTIFIER && text.equals(word);
    }
}
