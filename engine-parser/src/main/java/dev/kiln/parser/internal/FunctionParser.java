package dev.kiln.parser.internal;

import dev.kiln.parser.ParseOptions;
import dev.kiln.parser.Source;
import dev.kiln.parser.ast.*;
import dev.kiln.parser.lexer.Lexer;
import dev.kiln.parser.lexer.TokenType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Functions of every form (ECMA-262 15.1-15.6, 15.8, 15.9) and classes (15.7), with their early
 * errors: parameter rules (some only known once the body's "use strict" is seen), getter/setter
 * arity, constructors, private names and the contexts of field initializers and static blocks.
 */
abstract class FunctionParser extends ExpressionParser {

    FunctionParser(Source source, ParseOptions options, Lexer lexer) {
        super(source, options, lexer);
    }

    /**
     * Parses a directive prologue and statements up to {@code end} (not consumed) into {@code out};
     * switches to strict mode at a "use strict" directive. Returns whether there was one.
     */
    abstract boolean parseBodyStatements(ArrayList<Statement> out, TokenType end, boolean simpleParameters);

    /** Parameters, body and strictness of a non-arrow function being built. */
    record FunctionParts(List<Pattern> params, BlockStatement body, boolean strict, boolean simple) {}

    // ---- Non-arrow functions ----

    /**
     * From the parameter list to the closing brace. {@code id} is re-checked afterwards in case the
     * body's own "use strict" makes it invalid.
     */
    final FunctionParts parseFunctionRest(Identifier id, FunctionKind kind, boolean async, boolean generator) {
        FunctionContext outerFn = fn;
        boolean outerStrict = strict;
        int oy = yieldPos;
        int oa = awaitPos;
        int oai = awaitIdentPos;
        FunctionContext c = newFunctionContext(async, generator);
        switch (kind) {
            case METHOD, GETTER, SETTER, CLASS_CONSTRUCTOR -> c.superProperty = true;
            case DERIVED_CONSTRUCTOR -> {
                c.superProperty = true;
                c.superCall = true;
            }
            default -> { }
        }
        fn = c;
        pushScope(true);
        yieldPos = awaitPos = awaitIdentPos = -1;
        enterNesting();
        try {
            c.yieldAllowed = false;
            c.awaitAllowed = false;
            int paramsStart = tokStart();
            List<Pattern> params = parseFormalParameters();
            if (kind == FunctionKind.GETTER && !params.isEmpty()) {
                throw error("Getter must not have any formal parameters.", paramsStart);
            }
            if (kind == FunctionKind.SETTER && (params.size() != 1 || params.get(0) instanceof RestElement)) {
                throw error("Setter must have exactly one formal parameter.", paramsStart);
            }
            c.yieldAllowed = generator;
            c.awaitAllowed = async;
            boolean simple = isSimpleParameterList(params);
            List<Identifier> names = declareParameters(params);
            BlockStatement body = parseFunctionBody(simple);
            checkParameters(names, simple, kind == FunctionKind.NORMAL);
            if (strict && !outerStrict && id != null) recheckStrictName(id);
            return new FunctionParts(params, body, strict, simple);
        } finally {
            exitNesting();
            fn = outerFn;
            strict = outerStrict;
            popScope();
            yieldPos = oy;
            awaitPos = oa;
            awaitIdentPos = oai;
        }
    }

    final List<Pattern> parseFormalParameters() {
        expect(TokenType.LPAREN);
        ArrayList<Pattern> params = new ArrayList<>();
        while (tt() != TokenType.RPAREN) {
            if (tt() == TokenType.ELLIPSIS) {
                params.add(parseRestElement());
                if (tt() != TokenType.RPAREN) {
                    throw error(tt() == TokenType.COMMA ? "A rest parameter or binding pattern may not have a trailing comma"
                            : "Rest parameter must be last formal parameter", tokStart());
                }
                break;
            }
            params.add(parseBindingElement());
            if (tt() != TokenType.RPAREN) expect(TokenType.COMMA);
        }
        next();
        return freeze(params);
    }

    static boolean isSimpleParameterList(List<Pattern> params) {
        for (int i = 0, n = params.size(); i < n; i++) if (!(params.get(i) instanceof Identifier)) return false;
        return true;
    }

    private List<Identifier> declareParameters(List<Pattern> params) {
        ArrayList<Identifier> names = new ArrayList<>(params.size());
        for (int i = 0, n = params.size(); i < n; i++) boundNames(params.get(i), names);
        for (int i = 0, n = names.size(); i < n; i++) declareVar(names.get(i).name(), names.get(i).start());
        return names;
    }

    final BlockStatement parseFunctionBody(boolean simpleParameters) {
        int start = tokStart();
        expect(TokenType.LBRACE);
        ArrayList<Statement> body = new ArrayList<>();
        parseBodyStatements(body, TokenType.RBRACE, simpleParameters);
        expect(TokenType.RBRACE);
        return new BlockStatement(start, prevEnd, freeze(body));
    }

    /**
     * Parameter early errors that depend on the whole function (15.1.1, 15.2.1): duplicates are only
     * allowed in sloppy plain functions with simple lists; eval/arguments and strict reserved words
     * once the function turned out strict.
     */
    private void checkParameters(List<Identifier> names, boolean simple, boolean duplicatesAllowed) {
        boolean checkDuplicates = strict || !simple || !duplicatesAllowed;
        HashSet<String> seen = checkDuplicates && names.size() > 1 ? new HashSet<>() : null;
        for (int i = 0, count = names.size(); i < count; i++) {
            Identifier n = names.get(i);
            if (strict) recheckStrictName(n);
            if (seen != null && !seen.add(n.name())) {
                throw error("Duplicate parameter name not allowed in this context", n.start());
            }
        }
    }

    private void recheckStrictName(Identifier id) {
        if (isEvalOrArguments(id.name())) throw error("Unexpected eval or arguments in strict mode", id.start());
        if (isStrictReserved(id.name())) throw error("Unexpected strict mode reserved word", id.start());
    }

    /** {@code function} at the current token: a function expression (the name is bound inside it). */
    @Override
    final FunctionExpression parseFunctionExpression(int start, boolean async) {
        expect(TokenType.FUNCTION);
        boolean generator = eat(TokenType.STAR);
        Identifier id = null;
        if (tt() != TokenType.LPAREN) id = parseFunctionExpressionName(async, generator);
        FunctionParts f = parseFunctionRest(id, FunctionKind.NORMAL, async, generator);
        return new FunctionExpression(start, prevEnd, id, f.params(), f.body(), FunctionKind.NORMAL, async, generator,
                f.strict(), f.simple());
    }

    /** The name of a function expression is a BindingIdentifier with the function's own [Yield, Await]. */
    private Identifier parseFunctionExpressionName(boolean async, boolean generator) {
        if (tt() != TokenType.NAME) throw unexpected();
        String name = lx.value();
        int start = tokStart();
        if (lx.escapedKeyword()) throw error("Keyword must not contain escaped characters", start);
        if (strict && isStrictReserved(name)) throw error("Unexpected strict mode reserved word", start);
        if (name == "yield" && generator) throw error("Unexpected identifier 'yield' in generator", start);
        if (name == "await" && (async || module)) throw error("Unexpected reserved word 'await'", start);
        next();
        Identifier id = new Identifier(start, prevEnd, name);
        checkBindingName(id);
        return id;
    }

    @Override
    final FunctionExpression parseMethod(int start, FunctionKind kind, boolean async, boolean generator) {
        FunctionParts f = parseFunctionRest(null, kind, async, generator);
        return new FunctionExpression(start, prevEnd, null, f.params(), f.body(), kind, async, generator, f.strict(), f.simple());
    }

    // ---- Arrow functions (15.3, 15.9) ----

    /** The current token is {@code =>}; {@code params} come from the cover grammar. */
    @Override
    final ArrowFunctionExpression parseArrowFunction(int start, List<Pattern> params, boolean async) {
        if (start != assignStart) throw error("Malformed arrow function parameter list", start);
        boolean allowIn = assignAllowIn;
        FunctionContext outerFn = fn;
        boolean outerStrict = strict;
        int oy = yieldPos;
        int oa = awaitPos;
        int oai = awaitIdentPos;
        FunctionContext c = new FunctionContext(outerFn);
        c.async = async;
        c.awaitKeyword = async || module;
        c.awaitAllowed = async;
        c.returnAllowed = true;
        c.superProperty = outerFn.superProperty;
        c.superCall = outerFn.superCall;
        c.newTarget = outerFn.newTarget;
        c.argumentsAllowed = outerFn.argumentsAllowed;
        fn = c;
        pushScope(true);
        yieldPos = awaitPos = awaitIdentPos = -1;
        enterNesting();
        try {
            boolean simple = isSimpleParameterList(params);
            List<Identifier> names = declareParameters(params);
            next(); // =>
            Node body;
            if (tt() == TokenType.LBRACE) {
                body = parseFunctionBody(simple);
            } else {
                body = parseAssign(allowIn, false); // ConciseBody[?In]
            }
            checkParameters(names, simple, false);
            return new ArrowFunctionExpression(start, prevEnd, params, body, async, strict, simple);
        } finally {
            exitNesting();
            fn = outerFn;
            strict = outerStrict;
            popScope();
            yieldPos = oy;
            awaitPos = oa;
            awaitIdentPos = oai;
        }
    }

    // ---- Classes (15.7) ----

    record ClassParts(Identifier id, Expression superClass, List<ClassElement> body) {}

    @Override
    final ClassExpression parseClassExpression() {
        int start = tokStart();
        ClassParts c = parseClass(false);
        return new ClassExpression(start, prevEnd, c.id(), c.superClass(), c.body());
    }

    /** From {@code class} to the closing brace; all of it is strict mode code. */
    final ClassParts parseClass(boolean requireName) {
        boolean outerStrict = strict;
        ClassContext outerClass = classContext;
        enterNesting();
        try {
            next(); // class
            strict = true;
            Identifier id = null;
            if (tt() == TokenType.NAME) {
                id = parseBindingIdentifier();
            } else if (requireName) {
                throw unexpected();
            }
            Expression superClass = null;
            if (eat(TokenType.EXTENDS)) {
                int s = tokStart();
                superClass = parseSubscripts(parseAtom(), s, false);
            }
            ClassContext cc = new ClassContext(outerClass);
            classContext = cc;
            expect(TokenType.LBRACE);
            ArrayList<ClassElement> elements = new ArrayList<>();
            boolean[] hasConstructor = {false};
            while (!eat(TokenType.RBRACE)) {
                if (eat(TokenType.SEMICOLON)) continue;
                elements.add(parseClassElement(superClass != null, hasConstructor));
            }
            resolvePrivateNames(cc);
            return new ClassParts(id, superClass, freeze(elements));
        } finally {
            exitNesting();
            strict = outerStrict;
            classContext = outerClass;
        }
    }

    private void resolvePrivateNames(ClassContext cc) {
        for (PrivateIdentifier ref : cc.unresolved) {
            if (cc.declared.containsKey(ref.name())) continue;
            if (cc.outer != null) {
                cc.outer.unresolved.add(ref);
            } else if (!options.privateNames().contains(ref.name())) {
                throw error("Private field '#" + ref.name() + "' must be declared in an enclosing class", ref.start());
            }
        }
    }

    /** Whether the token after the current one ends a class element name (so the current name is the key). */
    private boolean nextEndsElementName() {
        TokenType t = peek();
        return t == TokenType.LPAREN || t == TokenType.ASSIGN || t == TokenType.SEMICOLON || t == TokenType.RBRACE
                || t == TokenType.EOF;
    }

    private ClassElement parseClassElement(boolean derived, boolean[] hasConstructor) {
        int start = tokStart();
        boolean isStatic = false;
        if (isContextual("static") && !nextEndsElementName()) {
            next();
            isStatic = true;
            if (tt() == TokenType.LBRACE) return parseStaticBlock(start);
        }
        int elementStart = tokStart();
        boolean async = false;
        boolean generator = false;
        MethodKind kind = MethodKind.METHOD;
        if (isContextual("async") && !nextEndsElementName() && !peekNewline()) {
            async = true;
            next();
        }
        if (tt() == TokenType.STAR) {
            generator = true;
            next();
        }
        if (!async && !generator && (isContextual("get") || isContextual("set")) && !nextEndsElementName()
                && peek() != TokenType.STAR) {
            kind = lx.value() == "get" ? MethodKind.GET : MethodKind.SET;
            next();
        }
        boolean computed = tt() == TokenType.LBRACKET;
        Node key = parsePropertyKey(true);
        String name = computed ? null : staticName(key);
        boolean isPrivate = key instanceof PrivateIdentifier;
        if (isPrivate && name.equals("constructor")) throw error("Classes may not have a private field named '#constructor'", key.start());
        if (kind != MethodKind.METHOD || async || generator || tt() == TokenType.LPAREN) {
            FunctionKind fk = switch (kind) {
                case GET -> FunctionKind.GETTER;
                case SET -> FunctionKind.SETTER;
                default -> FunctionKind.METHOD;
            };
            if (!isStatic && !isPrivate && "constructor".equals(name)) {
                if (kind != MethodKind.METHOD) throw error("Class constructor may not be an accessor", key.start());
                if (generator) throw error("Class constructor may not be a generator", key.start());
                if (async) throw error("Class constructor may not be an async method", key.start());
                if (hasConstructor[0]) throw error("A class may only have one constructor", key.start());
                hasConstructor[0] = true;
                kind = MethodKind.CONSTRUCTOR;
                fk = derived ? FunctionKind.DERIVED_CONSTRUCTOR : FunctionKind.CLASS_CONSTRUCTOR;
            }
            if (isStatic && !isPrivate && "prototype".equals(name)) {
                throw error("Classes may not have a static property named 'prototype'", key.start());
            }
            if (isPrivate) {
                int bits = kind == MethodKind.GET ? ClassContext.GETTER : kind == MethodKind.SET ? ClassContext.SETTER : ClassContext.METHOD;
                declarePrivateName((PrivateIdentifier) key, bits | (isStatic ? ClassContext.STATIC : 0));
            }
            FunctionExpression value = parseMethod(elementStart, fk, async, generator);
            return new MethodDefinition(start, prevEnd, key, value, kind, computed, isStatic);
        }
        if (!isPrivate && "constructor".equals(name)) throw error("Classes may not have a field named 'constructor'", key.start());
        if (isStatic && !isPrivate && "prototype".equals(name)) {
            throw error("Classes may not have a static property named 'prototype'", key.start());
        }
        if (isPrivate) declarePrivateName((PrivateIdentifier) key, ClassContext.FIELD | (isStatic ? ClassContext.STATIC : 0));
        Expression value = null;
        if (eat(TokenType.ASSIGN)) value = parseFieldInitializer();
        semicolon();
        return new PropertyDefinition(start, prevEnd, key, value, computed, isStatic);
    }

    /** The PropName of a non-computed key (8.6.3), or null for a computed one. */
    static String staticName(Node key) {
        if (key instanceof Identifier id) return id.name();
        if (key instanceof StringLiteral s) return s.value();
        if (key instanceof PrivateIdentifier p) return p.name();
        return null;
    }

    private void declarePrivateName(PrivateIdentifier key, int bits) {
        Integer existing = classContext.declared.get(key.name());
        if (existing != null) {
            int accessors = ClassContext.GETTER | ClassContext.SETTER;
            boolean pair = (existing & accessors) != 0 && (bits & accessors) != 0
                    && (existing & accessors) != (bits & accessors) && (existing & accessors) != accessors
                    && (existing & ClassContext.STATIC) == (bits & ClassContext.STATIC);
            if (!pair) throw error("Identifier '#" + key.name() + "' has already been declared", key.start());
            bits |= existing;
        }
        classContext.declared.put(key.name(), bits);
    }

    /** A field initializer is evaluated like a method body: own {@code this}, no {@code arguments} (15.7.1). */
    private Expression parseFieldInitializer() {
        FunctionContext outerFn = fn;
        FunctionContext c = new FunctionContext(outerFn);
        c.awaitKeyword = outerFn.awaitKeyword || module;
        c.yieldKeyword = outerFn.yieldKeyword;
        c.superProperty = true;
        c.newTarget = true;
        c.argumentsAllowed = false;
        fn = c;
        int oy = yieldPos;
        int oa = awaitPos;
        int oai = awaitIdentPos;
        try {
            return parseAssign(true, false);
        } finally {
            fn = outerFn;
            yieldPos = oy;
            awaitPos = oa;
            awaitIdentPos = oai;
        }
    }

    private StaticBlock parseStaticBlock(int start) {
        FunctionContext outerFn = fn;
        FunctionContext c = new FunctionContext(outerFn);
        c.awaitKeyword = true;
        c.superProperty = true;
        c.newTarget = true;
        c.argumentsAllowed = false;
        c.staticBlock = true;
        fn = c;
        pushScope(true);
        int oy = yieldPos;
        int oa = awaitPos;
        int oai = awaitIdentPos;
        try {
            expect(TokenType.LBRACE);
            ArrayList<Statement> body = new ArrayList<>();
            while (tt() != TokenType.RBRACE) body.add(parseStatementListItem());
            next();
            return new StaticBlock(start, prevEnd, freeze(body));
        } finally {
            fn = outerFn;
            popScope();
            yieldPos = oy;
            awaitPos = oa;
            awaitIdentPos = oai;
        }
    }

    abstract Statement parseStatementListItem();
}
