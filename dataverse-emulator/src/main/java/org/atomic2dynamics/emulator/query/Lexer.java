package org.atomic2dynamics.emulator.query;

import java.util.ArrayList;
import java.util.List;
import org.atomic2dynamics.emulator.error.Errors;

/** Splits a $filter expression into tokens. Strings are single-quoted with '' for a quote. */
final class Lexer {
    private Lexer() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                i = string(text, i, out);
            } else if ("(),[]=".indexOf(c) >= 0) {
                out.add(new Token(single(c), String.valueOf(c), i));
                i++;
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                int start = i++;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                boolean number = word.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?[mMdDfFlL]?");
                out.add(new Token(number ? Token.Kind.NUMBER : Token.Kind.NAME, word, start));
            } else if (isWordChar(c) || c == '@' || c == '$') {
                int start = i++;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(Token.Kind.NAME, text.substring(start, i), start));
            } else {
                throw syntax(text, i);
            }
        }
        out.add(new Token(Token.Kind.END, "", text.length()));
        return out;
    }

    private static int string(String text, int i, List<Token> out) {
        int start = i++;
        StringBuilder s = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                s.append('\'');
                i += 2;
            } else if (c == '\'') {
                out.add(new Token(Token.Kind.STRING, s.toString(), start));
                return i + 1;
            } else {
                s.append(c);
                i++;
            }
        }
        throw syntax(text, start);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '-' || c == ':' || c == '+'
                || c == '@' || c == '$';
    }

    private static Token.Kind single(char c) {
        return switch (c) {
            case '(' -> Token.Kind.OPEN;
            case ')' -> Token.Kind.CLOSE;
            case ',' -> Token.Kind.COMMA;
            case '[' -> Token.Kind.OPEN_BRACKET;
            case ']' -> Token.Kind.CLOSE_BRACKET;
            default -> Token.Kind.EQUALS;
        };
    }

    static RuntimeException syntax(String text, int position) {
        char c = position < text.length() ? text.charAt(position) : ' ';
        return Errors.badRequest("Syntax error: character '" + c + "' is not valid at position " + position + " in '"
                + text + "'.");
    }
}
