package org.atomic2dynamics.emulator.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.atomic2dynamics.emulator.error.Errors;
import org.atomic2dynamics.emulator.store.Record;

/**
 * Parses a {@code $filter} into a predicate over records: comparisons (eq ne gt ge lt le), and/or/not,
 * parentheses, contains/startswith/endswith, Microsoft.Dynamics.CRM.In/NotIn, {@code _x_value} lookups,
 * {@code nav/property} paths and parameter aliases ({@code @p} with {@code &@p='value'}).
 */
public final class FilterParser {
    private final String text;
    private final List<Token> tokens;
    private final Properties properties;
    private final Map<String, String> aliases;
    private int pos;

    private FilterParser(String text, Properties properties, Map<String, String> aliases) {
        this.text = text;
        this.tokens = Lexer.tokens(text);
        this.properties = properties;
        this.aliases = aliases;
    }

    public static Predicate<Record> parse(String text, Properties properties, Map<String, String> aliases) {
        if (text == null || text.isBlank()) {
            return r -> true;
        }
        FilterParser p = new FilterParser(text, properties, aliases);
        Predicate<Record> result = p.or();
        if (!p.peek().is(Token.Kind.END)) {
            throw Lexer.syntax(text, p.peek().position());
        }
        return result;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private Token expect(Token.Kind kind) {
        Token t = next();
        if (!t.is(kind)) {
            throw Lexer.syntax(text, t.position());
        }
        return t;
    }

    private Predicate<Record> or() {
        Predicate<Record> left = and();
        while (peek().isWord("or")) {
            next();
            left = left.or(and());
        }
        return left;
    }

    private Predicate<Record> and() {
        Predicate<Record> left = unary();
        while (peek().isWord("and")) {
            next();
            left = left.and(unary());
        }
        return left;
    }

    private Predicate<Record> unary() {
        if (peek().isWord("not")) {
            next();
            return unary().negate();
        }
        if (peek().is(Token.Kind.OPEN)) {
            next();
            Predicate<Record> inner = or();
            expect(Token.Kind.CLOSE);
            return inner;
        }
        Token name = expect(Token.Kind.NAME);
        if (peek().is(Token.Kind.OPEN)) {
            return function(name);
        }
        return comparison(properties.operand(name.text()));
    }

    private Predicate<Record> comparison(Operand left) {
        Token op = expect(Token.Kind.NAME);
        Object value = Values.literal(left, literal());
        return switch (op.text()) {
            case "eq" -> r -> Values.equal(left.read().apply(r), value);
            case "ne" -> r -> !Values.equal(left.read().apply(r), value);
            case "gt" -> r -> ordered(left, r, value, c -> c > 0);
            case "ge" -> r -> ordered(left, r, value, c -> c >= 0);
            case "lt" -> r -> ordered(left, r, value, c -> c < 0);
            case "le" -> r -> ordered(left, r, value, c -> c <= 0);
            default -> throw Errors.badRequest("The operator '" + op.text() + "' is not supported.");
        };
    }

    private static boolean ordered(Operand left, Record r, Object value, java.util.function.IntPredicate test) {
        Object v = left.read().apply(r);
        return v != null && value != null && test.test(Values.compare(v, value));
    }

    /** The next literal token, with a parameter alias replaced by its value. */
    private Token literal() {
        Token t = next();
        if (t.is(Token.Kind.NAME) && t.text().startsWith("@")) {
            String value = aliases.get(t.text());
            if (value == null) {
                throw Errors.badRequest("The parameter alias '" + t.text() + "' has no value.");
            }
            return Lexer.tokens(value).get(0);
        }
        return t;
    }

    private Predicate<Record> function(Token name) {
        expect(Token.Kind.OPEN);
        String fn = name.text();
        if (fn.startsWith("Microsoft.Dynamics.CRM.")) {
            return queryFunction(fn.substring("Microsoft.Dynamics.CRM.".length()));
        }
        Operand property = properties.operand(expect(Token.Kind.NAME).text());
        expect(Token.Kind.COMMA);
        Token lit = literal();
        expect(Token.Kind.CLOSE);
        String needle = Values.text(lit.text());
        return switch (fn) {
            case "contains" -> r -> text(property, r).contains(needle);
            case "startswith" -> r -> text(property, r).startsWith(needle);
            case "endswith" -> r -> text(property, r).endsWith(needle);
            default -> throw Errors.badRequest("The function '" + fn + "' is not supported.");
        };
    }

    private static String text(Operand property, Record r) {
        String v = Values.text(property.read().apply(r));
        return v == null ? "\u0000" : v;
    }

    private Predicate<Record> queryFunction(String fn) {
        Operand property = null;
        List<Object> values = new ArrayList<>();
        while (!peek().is(Token.Kind.CLOSE)) {
            String param = expect(Token.Kind.NAME).text();
            expect(Token.Kind.EQUALS);
            if (param.equals("PropertyName")) {
                property = properties.operand(literal().text());
            } else if (param.equals("PropertyValues")) {
                values = list(property);
            }
            if (peek().is(Token.Kind.COMMA)) {
                next();
            }
        }
        expect(Token.Kind.CLOSE);
        Operand p = property;
        List<Object> vs = values;
        if (p == null || !(fn.equals("In") || fn.equals("NotIn"))) {
            throw Errors.badRequest("The query function 'Microsoft.Dynamics.CRM." + fn
                    + "' is not supported by the emulator.");
        }
        Predicate<Record> in = r -> vs.stream().anyMatch(v -> Values.equal(p.read().apply(r), v));
        return fn.equals("In") ? in : in.negate();
    }

    private List<Object> list(Operand property) {
        if (property == null) {
            throw Errors.badRequest("PropertyName must come before PropertyValues.");
        }
        List<Object> out = new ArrayList<>();
        expect(Token.Kind.OPEN_BRACKET);
        while (!peek().is(Token.Kind.CLOSE_BRACKET)) {
            out.add(Values.literal(property, literal()));
            if (peek().is(Token.Kind.COMMA)) {
                next();
            }
        }
        expect(Token.Kind.CLOSE_BRACKET);
        return out;
    }
}
