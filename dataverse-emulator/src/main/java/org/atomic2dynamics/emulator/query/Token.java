package org.atomic2dynamics.emulator.query;

/** A lexical token of a $filter expression; {@code position} is its offset in the text. */
record Token(Kind kind, String text, int position) {

    enum Kind { NAME, STRING, NUMBER, OPEN, CLOSE, COMMA, OPEN_BRACKET, CLOSE_BRACKET, EQUALS, END }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isWord(String word) {
        return kind == Kind.NAME && text.equals(word);
    }
}
