package dev.kiln.parser;

import dev.kiln.parser.ast.Program;
import dev.kiln.parser.internal.StatementParser;

/**
 * The ECMAScript parser: source text to AST, with every early error reported as a {@link SyntaxError}.
 * Stateless; each call parses independently and may run on any thread.
 */
public final class Parser {
    private Parser() {}

    /** Parses a Script or Module (ECMA-262 16.1.5 ParseScript, 16.2.1.7.1 ParseModule). */
    public static Program parse(Source source, ParseOptions options) {
        StatementParser parser = new StatementParser(source, options, true);
        try {
            return parser.parseProgram();
        } catch (StackOverflowError e) {
            // Backstop behind the explicit depth limit, for callers on unusually small stacks.
            throw new SyntaxError("Too deeply nested", source, parser.position());
        }
    }

    /**
     * CreateDynamicFunction's parse (ECMA-262 20.2.1.1.1) for {@code Function(...)} and its generator and
     * async variants. The source text is {@code prefix + " anonymous(" + parameters + "\n) {\n" + body + "\n}"},
     * which Function.prototype.toString returns; but the parameters are parsed alone as FormalParameters
     * and the body alone as a FunctionBody, so neither can close or comment out the other. The result is a
     * Program whose only statement holds the {@link dev.kiln.parser.ast.FunctionExpression}; positions
     * refer to the synthesized text ({@code program.source()}).
     */
    public static Program parseFunction(String sourceName, String parameters, String body, DynamicFunctionKind kind) {
        String prefix = kind.prefix() + " anonymous(";
        String middle = "\n) {\n";
        String text = prefix + parameters + middle + body + "\n}";
        Source source = new Source(sourceName, text);
        int paramsStart = prefix.length();
        int paramsEnd = paramsStart + parameters.length();
        int bodyStart = paramsEnd + middle.length();
        int bodyEnd = bodyStart + body.length();
        StatementParser parser = new StatementParser(source, ParseOptions.script(), false);
        try {
            return parser.parseDynamicFunction(kind, paramsStart, paramsEnd, bodyStart, bodyEnd);
        } catch (StackOverflowError e) {
            throw new SyntaxError("Too deeply nested", source, parser.position());
        }
    }
}
