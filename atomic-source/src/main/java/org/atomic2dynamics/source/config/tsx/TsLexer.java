package org.atomic2dynamics.source.config.tsx;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits TypeScript/TSX into tokens: identifiers, string and number literals, template literals, punctuation.
 * Comments and whitespace are dropped. JSX text between tags comes out as ordinary tokens, which is enough:
 * the parser only looks inside {@code <CRM ...>} attributes and top-level declarations.
 */
final class TsLexer {
    private static final List<String> PUNCT = List.of("...", "=>", "?.", "??", "===", "!==", "==", "!=", "<=",
            ">=", "&&", "||", "/>", "{", "}", "[", "]", "(", ")", ",", ":", ";", ".", "=", "<", ">", "?", "!", "+",
            "-", "*", "/", "%", "&", "|", "^", "~", "@", "#");

    private final String src;
    private int pos;
    private int line = 1;

    private TsLexer(String src) {
        this.src = src;
    }

    static List<Token> tokens(String source) {
        TsLexer lexer = new TsLexer(source);
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.next(); t.kind() != Token.Kind.END; t = lexer.next()) {
            tokens.add(t);
        }
        tokens.add(new Token(Token.Kind.END, "", lexer.line));
        return tokens;
    }

    private Token next() {
        skipSpaceAndComments();
        if (pos >= src.length()) {
            return new Token(Token.Kind.END, "", line);
        }
        char c = src.charAt(pos);
        if (c == '"' || c == '\'') {
            return string(c);
        }
        if (c == '`') {
            return template();
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
            return number();
        }
        if (Character.isJavaIdentifierStart(c)) {
            int start = pos;
            while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
                pos++;
            }
            return new Token(Token.Kind.IDENTIFIER, src.substring(start, pos), line);
        }
        for (String p : PUNCT) {
            if (src.startsWith(p, pos)) {
                pos += p.length();
                return new Token(Token.Kind.PUNCT, p, line);
            }
        }
        pos++;
        return new Token(Token.Kind.PUNCT, String.valueOf(c), line);
    }

    private void skipSpaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (src.startsWith("/*", pos)) {
                int end = src.indexOf("*/", pos + 2);
                int stop = end < 0 ? src.length() : end + 2;
                line += (int) src.substring(pos, stop).chars().filter(ch -> ch == '\n').count();
                pos = stop;
            } else {
                return;
            }
        }
    }

    /**
     * A quoted string. A quote with no closing quote on its line is JSX text (an apostrophe in "Don't"),
     * not a string: it comes out as punctuation.
     */
    private Token string(char quote) {
        int start = pos;
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < src.length() && src.charAt(pos) != quote && src.charAt(pos) != '\n') {
            char c = src.charAt(pos++);
            if (c == '\\' && pos < src.length()) {
                out.append(escape(src.charAt(pos++)));
            } else {
                out.append(c);
            }
        }
        if (pos >= src.length() || src.charAt(pos) != quote) {
            pos = start + 1;
            return new Token(Token.Kind.PUNCT, String.valueOf(quote), line);
        }
        pos++;
        return new Token(Token.Kind.STRING, out.toString(), line);
    }

    /** A template literal; one with ${...} parts is kept as TEMPLATE (its value is not static). */
    private Token template() {
        int startLine = line;
        int start = ++pos;
        while (pos < src.length() && src.charAt(pos) != '`') {
            if (src.charAt(pos) == '\\') {
                pos++;
            } else if (src.charAt(pos) == '\n') {
                line++;
            }
            pos++;
        }
        if (pos >= src.length()) {
            throw new TsSyntaxException("unterminated template literal", startLine);
        }
        String body = src.substring(start, pos++);
        return new Token(body.contains("${") ? Token.Kind.TEMPLATE : Token.Kind.STRING, body, startLine);
    }

    private Token number() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                || src.charAt(pos) == '_')) {
            pos++;
        }
        return new Token(Token.Kind.NUMBER, src.substring(start, pos).replace("_", ""), line);
    }

    private static char escape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '0' -> '\0';
            default -> c;
        };
    }
}
