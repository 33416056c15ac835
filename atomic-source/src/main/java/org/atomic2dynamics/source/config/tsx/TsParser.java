package org.atomic2dynamics.source.config.tsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses TypeScript expressions made of literals: objects, arrays, strings, numbers, booleans, null,
 * references to constants ({@code a}, {@code a.b}, {@code a[0]}), spreads, {@code as const} and
 * {@code satisfies T}. Anything else (calls, functions, operators, JSX) becomes an {@link Nodes.Opaque}
 * spanning to the end of the expression, so one dynamic value never hides the static ones around it.
 */
final class TsParser {
    private static final Set<String> STOP = Set.of(",", ";", ")", "]", "}");
    private static final Set<String> STATEMENT_WORDS = Set.of("const", "let", "var", "export", "import", "function",
            "return", "class", "type", "interface");

    private final List<Token> tokens;
    private int pos;

    TsParser(List<Token> tokens, int start) {
        this.tokens = tokens;
        this.pos = start;
    }

    int position() {
        return pos;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token take() {
        return tokens.get(pos < tokens.size() - 1 ? pos++ : pos);
    }

    void expect(String punct) {
        Token t = take();
        if (!t.is(punct)) {
            throw new TsSyntaxException("expected '" + punct + "' but found '" + t.text() + "'", t.line());
        }
    }

    /** One expression, ending before a ',' ';' ')' ']' '}' at its own depth. */
    Object expression() {
        int start = pos;
        Object value = primary();
        while (peek().isWord("as") || peek().isWord("satisfies")) {
            take();
            skipType();
        }
        if (!ends()) {
            pos = start;
            return opaque("an expression computed at run time");
        }
        return value;
    }

    private boolean ends() {
        Token t = peek();
        return t.kind() == Token.Kind.END || (t.kind() == Token.Kind.PUNCT && STOP.contains(t.text()))
                || (t.kind() == Token.Kind.IDENTIFIER && STATEMENT_WORDS.contains(t.text()));
    }

    private Object primary() {
        Token t = take();
        return switch (t.kind()) {
            case STRING -> t.text();
            case NUMBER -> number(t);
            case TEMPLATE -> new Nodes.Opaque("a template string with ${...}", t.line());
            case IDENTIFIER -> word(t);
            case PUNCT -> switch (t.text()) {
                case "[" -> array();
                case "{" -> object();
                case "(" -> parenthesised();
                case "-" -> peek().kind() == Token.Kind.NUMBER ? number(take()).negate() : opaque(t);
                default -> opaque(t);
            };
            default -> opaque(t);
        };
    }

    private Object word(Token t) {
        return switch (t.text()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null", "undefined" -> null;
            default -> reference(t);
        };
    }

    private Object reference(Token name) {
        List<Object> path = new ArrayList<>();
        while (true) {
            if (peek().is(".") || peek().is("?.")) {
                take();
                path.add(take().text());
            } else if (peek().is("[")) {
                take();
                Object key = expression();
                expect("]");
                path.add(key instanceof BigDecimal n ? (Object) n.intValue() : key);
            } else if (peek().is("(")) {
                return opaque("a function call");
            } else {
                return new Nodes.Ref(name.text(), path, name.line());
            }
        }
    }

    private Object parenthesised() {
        Object inner = expression();
        if (!peek().is(")")) {
            return opaque("a parenthesised expression");
        }
        take();
        return peek().is("=>") ? opaque("a function") : inner;
    }

    private List<Object> array() {
        List<Object> items = new ArrayList<>();
        while (!peek().is("]")) {
            if (peek().is(",")) {
                take();
                continue;
            }
            if (peek().is("...")) {
                take();
                items.add(new Nodes.Spread(expression()));
            } else {
                items.add(expression());
            }
            if (!peek().is("]")) {
                expect(",");
            }
        }
        take();
        return items;
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        int spreads = 0;
        while (!peek().is("}")) {
            if (peek().is("...")) {
                take();
                map.put("...#" + spreads++, new Nodes.Spread(expression()));
            } else {
                Token key = take();
                if (key.is("[")) {
                    throw new TsSyntaxException("computed object keys are not supported", key.line());
                }
                if (peek().is(":")) {
                    take();
                    map.put(key.text(), expression());
                } else if (peek().is("(")) {
                    pos--;
                    map.put(key.text(), opaque("a method"));
                } else {
                    map.put(key.text(), new Nodes.Ref(key.text(), List.of(), key.line()));
                }
            }
            if (!peek().is("}")) {
                expect(",");
            }
        }
        take();
        return map;
    }

    /** Skips a type annotation up to the end of the expression or an '=' at depth 0. */
    void skipType() {
        int depth = 0;
        while (peek().kind() != Token.Kind.END) {
            Token t = peek();
            if (depth == 0 && (t.is("=") || (t.kind() == Token.Kind.PUNCT && STOP.contains(t.text())))) {
                return;
            }
            depth += t.is("{") || t.is("[") || t.is("(") || t.is("<") ? 1
                    : t.is("}") || t.is("]") || t.is(")") || t.is(">") ? -1 : 0;
            take();
        }
    }

    /** Skips the rest of a dynamic expression, keeping brackets balanced. */
    private Object opaque(Object why) {
        int line = peek().line();
        int depth = 0;
        while (peek().kind() != Token.Kind.END) {
            Token t = peek();
            if (depth == 0 && t.kind() == Token.Kind.PUNCT && STOP.contains(t.text())) {
                break;
            }
            depth += t.is("{") || t.is("[") || t.is("(") ? 1 : t.is("}") || t.is("]") || t.is(")") ? -1 : 0;
            take();
        }
        return new Nodes.Opaque(why instanceof Token t ? "'" + t.text() + "'" : why.toString(), line);
    }

    private static BigDecimal number(Token t) {
        String text = t.text().toLowerCase(java.util.Locale.ROOT);
        try {
            if (text.startsWith("0x")) {
                return new BigDecimal(new java.math.BigInteger(text.substring(2), 16));
            }
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new TsSyntaxException("'" + t.text() + "' is not a number", t.line());
        }
    }
}
