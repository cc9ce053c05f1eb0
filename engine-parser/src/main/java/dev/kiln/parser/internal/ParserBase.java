package dev.kiln.parser.internal;

import dev.kiln.parser.ParseOptions;
import dev.kiln.parser.Source;
import dev.kiln.parser.SyntaxError;
import dev.kiln.parser.ast.Identifier;
import dev.kiln.parser.ast.Node;
import dev.kiln.parser.lexer.Lexer;
import dev.kiln.parser.lexer.TokenType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parser state shared by the expression, function and statement layers: the token cursor, the
 * grammar context (strictness, the innermost function, declaration scopes, class private names),
 * the nesting-depth guard, and the bookkeeping the cover grammars need.
 */
abstract class ParserBase {
    /**
     * Maximum syntactic nesting (statements, assignment expressions, unary operators, member and
     * operator chains each count one). The compiler walks the AST recursively on ordinary 1 MB
     * thread stacks; this bound keeps its depth safe. Real programs stay far below it.
     */
    static final int MAX_DEPTH = 500;

    final Source source;
    final String src;
    final Lexer lx;
    final ParseOptions options;
    final boolean module;
    final boolean annexB;

    boolean strict;
    /** End offset of the last consumed token: the end of the node being finished. */
    int prevEnd;
    FunctionContext fn;
    Scope scope;
    ClassContext classContext;
    private int depth;

    /** Source ranges ({@code start << 32 | end}) of expressions written inside parentheses. */
    final LongSet parenthesized = new LongSet();
    /** Start offsets of array/object literals with a comma after a spread: not valid as patterns. */
    final Set<Integer> commaAfterSpread = new HashSet<>();

    // Positions (or -1) recorded while parsing something that may turn out to be arrow parameters.
    int yieldPos = -1;
    int awaitPos = -1;
    int awaitIdentPos = -1;
    // Positions (or -1) of object-literal syntax that is only valid if the literal becomes a pattern.
    int coverInitPos = -1;
    int coverProtoPos = -1;
    /** Start of the innermost AssignmentExpression being parsed: the only place an arrow function may start. */
    int assignStart = -1;
    /** The [In] parameter of that AssignmentExpression, which a concise arrow body inherits. */
    boolean assignAllowIn = true;

    ParserBase(Source source, ParseOptions options, Lexer lexer) {
        this.source = source;
        this.src = source.text();
        this.options = options;
        this.module = options.goal() == ParseOptions.Goal.MODULE;
        this.annexB = options.annexB();
        this.strict = module || options.strict();
        this.lx = lexer;
    }

    // ---- Tokens ----

    final TokenType tt() {
        return lx.type();
    }

    final int tokStart() {
        return lx.start();
    }

    final void next() {
        prevEnd = lx.end();
        lx.next();
    }

    final boolean eat(TokenType t) {
        if (lx.type() == t) {
            next();
            return true;
        }
        return false;
    }

    final void expect(TokenType t) {
        if (lx.type() != t) throw unexpected();
        next();
    }

    /** The current token is the contextual keyword {@code name}, written without escapes. */
    final boolean isContextual(String name) {
        return lx.type() == TokenType.NAME && lx.value() == name && !lx.escaped();
    }

    final boolean eatContextual(String name) {
        if (isContextual(name)) {
            next();
            return true;
        }
        return false;
    }

    final void expectContextual(String name) {
        if (!eatContextual(name)) throw unexpected();
    }

    final boolean canInsertSemicolon() {
        TokenType t = lx.type();
        return t == TokenType.EOF || t == TokenType.RBRACE || lx.newlineBefore();
    }

    /** 12.10 Automatic Semicolon Insertion. */
    final void semicolon() {
        if (!eat(TokenType.SEMICOLON) && !canInsertSemicolon()) throw unexpected();
    }

    /** Type of the token after the current one, without consuming anything. */
    final TokenType peek() {
        Lexer.State s = lx.save();
        lx.next();
        TokenType t = lx.type();
        lx.restore(s);
        return t;
    }

    /** Whether the token after the current one is preceded by a line terminator. */
    final boolean peekNewline() {
        Lexer.State s = lx.save();
        lx.next();
        boolean nl = lx.newlineBefore();
        lx.restore(s);
        return nl;
    }

    // ---- Errors ----

    final SyntaxError error(String problem, int offset) {
        return new SyntaxError(problem, source, offset);
    }

    final SyntaxError unexpected() {
        return unexpectedAt(lx.start());
    }

    final SyntaxError unexpectedAt(int offset) {
        return error(describeUnexpected(), offset);
    }

    private String describeUnexpected() {
        return switch (lx.type()) {
            case EOF -> "Unexpected end of input";
            case NAME -> lx.escapedKeyword() ? "Keyword must not contain escaped characters"
                    : isStrictReserved(lx.value()) && strict ? "Unexpected strict mode reserved word"
                    : "Unexpected identifier '" + lx.value() + "'";
            case PRIVATE_NAME -> "Unexpected identifier '#" + lx.value() + "'";
            case NUMBER, BIGINT -> "Unexpected number";
            case STRING -> "Unexpected string";
            case TEMPLATE, TEMPLATE_HEAD, TEMPLATE_MIDDLE, TEMPLATE_TAIL -> "Unexpected template string";
            case REGEXP -> "Unexpected regular expression";
            case ENUM -> "Unexpected reserved word";
            default -> "Unexpected token '" + lx.type().text() + "'";
        };
    }

    final void enterNesting() {
        if (++depth > MAX_DEPTH) throw error("Too deeply nested", lx.start());
    }

    final void exitNesting() {
        depth--;
    }

    /** Adds {@code n} to the nesting depth for a left-deep chain; undone with {@link #exitNesting(int)}. */
    final void enterNesting(int n) {
        depth += n;
        if (depth > MAX_DEPTH) throw error("Too deeply nested", lx.start());
    }

    final void exitNesting(int n) {
        depth -= n;
    }

    // ---- Lists: unmodifiable without copying ----

    static <T> List<T> freeze(ArrayList<T> list) {
        return list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
    }

    // ---- Parentheses ----

    static long range(Node n) {
        return ((long) n.start() << 32) | (n.end() & 0xFFFFFFFFL);
    }

    final boolean isParenthesized(Node n) {
        return parenthesized.contains(range(n));
    }

    // ---- Reserved words (12.7.2, 13.1.1) ----

    static boolean isStrictReserved(String name) {
        return switch (name) {
            case "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield" -> true;
            default -> false;
        };
    }

    static boolean isEvalOrArguments(String name) {
        return name == "eval" || name == "arguments";
    }

    /**
     * 13.1.1 early errors for an IdentifierReference, BindingIdentifier or LabelIdentifier named
     * {@code name} at {@code pos}, in the current context.
     */
    final void checkIdentifier(String name, int pos, boolean escapedKeyword) {
        if (escapedKeyword) throw error("Keyword must not contain escaped characters", pos);
        if (strict && isStrictReserved(name)) throw error("Unexpected strict mode reserved word", pos);
        if (name == "yield") {
            if (fn.yieldKeyword) throw error("Unexpected identifier 'yield' in generator", pos);
        } else if (name == "await") {
            if (fn.awaitKeyword || module) {
                throw error(fn.staticBlock ? "Unexpected 'await' in class static block"
                        : "Unexpected reserved word 'await'", pos);
            }
            if (awaitIdentPos < 0) awaitIdentPos = pos;
        } else if (name == "arguments" && !fn.argumentsAllowed) {
            throw error("'arguments' is not allowed in class field initializer or static initialization block", pos);
        }
    }

    /** Early errors for a name being bound (BindingIdentifier), beyond {@link #checkIdentifier}. */
    final void checkBindingName(Identifier id) {
        if (strict && isEvalOrArguments(id.name())) {
            throw error("Unexpected eval or arguments in strict mode", id.start());
        }
    }

    // ---- Declarations (early errors for duplicate names) ----

    final void pushScope(boolean varScope) {
        scope = new Scope(scope, varScope);
    }

    final void popScope() {
        scope = scope.parent;
    }

    final SyntaxError redeclared(String name, int pos) {
        return error("Identifier '" + name + "' has already been declared", pos);
    }

    /** A {@code var} (or parameter, or top-level function) binding {@code name}. */
    final void declareVar(String name, int pos) {
        for (Scope s = scope; ; s = s.parent) {
            Integer kind = s.lexicalKind(name);
            if (kind != null && !(kind == Scope.SIMPLE_CATCH_PARAMETER && annexB)) throw redeclared(name, pos);
            s.addVar(name);
            if (s.varScope) return;
        }
    }

    /** A lexical binding: let, const, using, class, import, catch parameter, or block-level function. */
    final void declareLexical(String name, int pos, int kind) {
        Integer existing = scope.lexicalKind(name);
        if (existing != null && !(existing == Scope.SLOPPY_BLOCK_FUNCTION && kind == Scope.SLOPPY_BLOCK_FUNCTION)) {
            throw redeclared(name, pos);
        }
        if (scope.hasVar(name)) throw redeclared(name, pos);
        scope.addLexical(name, kind);
    }

    // ---- Contexts ----

    /** A fresh context for a non-arrow function body or the top level. */
    final FunctionContext newFunctionContext(boolean async, boolean generator) {
        FunctionContext c = new FunctionContext(fn);
        c.async = async;
        c.awaitKeyword = async || module;
        c.awaitAllowed = async;
        c.yieldKeyword = generator;
        c.yieldAllowed = generator;
        c.returnAllowed = true;
        c.newTarget = true;
        return c;
    }
}
