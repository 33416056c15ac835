package org.atomic2dynamics.source.config.tsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;

/**
 * Reads the {@code <CRM ... />} props of an Atomic CRM entry file (src/App.tsx, or CRM.tsx in a fork): the
 * attribute expressions, resolved against every constant declared in the same file. A real tokenizer and
 * expression parser, so comments, trailing commas, spreads and constants work as TypeScript reads them.
 */
public final class AppTsxParser {
    private AppTsxParser() {
    }

    public static AppConfig read(Path file) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.INPUT_NOT_READABLE, "cannot read --app-config " + file,
                    "check the path of the App.tsx or CRM.tsx that renders <CRM>");
        }
        return parse(source, file.getFileName().toString());
    }

    public static AppConfig parse(String source, String fileName) {
        try {
            List<Token> tokens = TsLexer.tokens(source);
            Map<String, Object> constants = constants(tokens);
            int crm = findCrmElement(tokens);
            if (crm < 0) {
                throw new MigrationException(ErrorCode.INPUT_NOT_READABLE, fileName + " has no <CRM> element",
                        "pass the file that renders <CRM ...>, usually src/App.tsx");
            }
            Map<?, ?> resolved = (Map<?, ?>) new Resolver(constants).resolve(attributes(tokens, crm));
            Map<String, Object> props = new LinkedHashMap<>();
            resolved.forEach((k, v) -> props.put(k.toString(), v));
            return AppConfig.of(fileName, props);
        } catch (TsSyntaxException e) {
            throw new MigrationException(ErrorCode.INPUT_NOT_READABLE, fileName + " line " + e.line() + ": "
                    + e.getMessage(), "fix the file, or pass the configuration through the database instead");
        }
    }

    /** Every {@code const|let|var NAME [: Type] = expression} in the file, at any depth; the first wins. */
    private static Map<String, Object> constants(List<Token> tokens) {
        Map<String, Object> constants = new HashMap<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean declaration = t.isWord("const") || t.isWord("let") || t.isWord("var");
            if (!declaration || tokens.get(i + 1).kind() != Token.Kind.IDENTIFIER) {
                continue;
            }
            TsParser p = new TsParser(tokens, i + 2);
            if (p.peek().is(":")) {
                p.take();
                p.skipType();
            }
            if (p.peek().is("=")) {
                p.take();
                constants.putIfAbsent(tokens.get(i + 1).text(), p.expression());
            }
        }
        return constants;
    }

    private static int findCrmElement(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("<") && tokens.get(i + 1).isWord("CRM")) {
                return i + 2;
            }
        }
        return -1;
    }

    private static Map<String, Object> attributes(List<Token> tokens, int start) {
        Map<String, Object> props = new LinkedHashMap<>();
        TsParser p = new TsParser(tokens, start);
        int spreads = 0;
        while (!p.peek().is("/>") && !p.peek().is(">")) {
            Token t = p.take();
            if (t.kind() == Token.Kind.END) {
                throw new TsSyntaxException("the <CRM> element is not closed", t.line());
            }
            if (t.is("{")) {
                p.expect("...");
                props.put("...#" + spreads++, new Nodes.Spread(p.expression()));
                p.expect("}");
                continue;
            }
            StringBuilder name = new StringBuilder(t.text());
            while (p.peek().is("-")) {
                name.append(p.take().text()).append(p.take().text());
            }
            props.put(name.toString(), value(p));
        }
        return props;
    }

    private static Object value(TsParser p) {
        if (!p.peek().is("=")) {
            return Boolean.TRUE;
        }
        p.take();
        if (p.peek().kind() == Token.Kind.STRING) {
            return p.take().text();
        }
        p.expect("{");
        Object value = p.expression();
        p.expect("}");
        return value;
    }
}
