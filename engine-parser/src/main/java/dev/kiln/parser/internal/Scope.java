package dev.kiln.parser.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One declarative scope while parsing, holding just enough to report the declaration early errors
 * (ECMA-262 8.2 LexicallyDeclaredNames / VarDeclaredNames rules of 14.2.1, 14.7, 14.15, 15.2, 16.1, 16.2).
 * A {@code var} is recorded in every scope it hoists through, so a later {@code let} in any of them sees it.
 * Binding resolution itself is the compiler's scope analysis; nothing here ends up in the AST.
 */
final class Scope {
    /** Kinds of lexical declaration. */
    static final int LEXICAL = 0;
    /** A plain function declaration in a block in sloppy code: duplicates allowed (B.3.2.4). */
    static final int SLOPPY_BLOCK_FUNCTION = 1;
    /** A catch parameter that is a single identifier: {@code var} of the same name allowed (B.3.4). */
    static final int SIMPLE_CATCH_PARAMETER = 2;

    final Scope parent;
    /** Function body, static block, Script or Module top level: where {@code var} stops hoisting. */
    final boolean varScope;
    private Map<String, Integer> lexical;
    private Set<String> vars;

    Scope(Scope parent, boolean varScope) {
        this.parent = parent;
        this.varScope = varScope;
    }

    Integer lexicalKind(String name) {
        return lexical == null ? null : lexical.get(name);
    }

    boolean hasVar(String name) {
        return vars != null && vars.contains(name);
    }

    boolean declares(String name) {
        return hasVar(name) || lexicalKind(name) != null;
    }

    void addLexical(String name, int kind) {
        if (lexical == null) lexical = new HashMap<>();
        lexical.put(name, kind);
    }

    void addVar(String name) {
        if (vars == null) vars = new HashSet<>();
        vars.add(name);
    }
}
