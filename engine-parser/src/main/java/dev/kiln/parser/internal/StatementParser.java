package dev.kiln.parser.internal;

import dev.kiln.parser.DynamicFunctionKind;
import dev.kiln.parser.ParseOptions;
import dev.kiln.parser.Source;
import dev.kiln.parser.ast.*;
import dev.kiln.parser.lexer.Lexer;
import dev.kiln.parser.lexer.TokenType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Statements and declarations (ECMA-262 14), Scripts and Modules (16), and the separately parsed
 * pieces of a dynamic function (20.2.1.1.1). This is the entry point of the parser layers.
 */
public final class StatementParser extends FunctionParser {
    private final RegExpChecker regExpChecker;
    /** Module: names exported so far (duplicates are early errors, 16.2.1.1). */
    private HashSet<String> exportedNames;
    /** Module: local names of {@code export { x }}, checked against the top-level declarations at the end. */
    private ArrayList<Identifier> exportedLocals;

    public StatementParser(Source source, ParseOptions options, boolean hashbang) {
        super(source, options, new Lexer(source,
                options.annexB() && options.goal() == ParseOptions.Goal.SCRIPT, hashbang));
        this.regExpChecker = new RegExpChecker(this);
    }

    /** The offset the parser had reached, for errors raised outside it (stack exhaustion). */
    public int position() {
        return lx.start();
    }

    /** Parses the whole source as a Script or Module. */
    public Program parseProgram() {
        fn = topLevelContext();
        pushScope(true);
        next();
        ArrayList<ModuleItem> body = new ArrayList<>();
        if (module) {
            exportedNames = new HashSet<>();
            exportedLocals = new ArrayList<>();
            while (tt() != TokenType.EOF) {
                body.add(parseModuleItem());
                parenthesized.clear();
            }
            for (Identifier local : exportedLocals) {
                if (!scope.declares(local.name())) {
                    throw error("Export '" + local.name() + "' is not defined in module", local.start());
                }
            }
        } else {
            ArrayList<Statement> statements = new ArrayList<>();
            parseBodyStatements(statements, TokenType.EOF, true);
            body.addAll(statements);
        }
        return new Program(source, 0, src.length(), module ? SourceType.MODULE : SourceType.SCRIPT, strict, freeze(body));
    }

    private FunctionContext topLevelContext() {
        FunctionContext c = new FunctionContext(null);
        c.awaitKeyword = module;
        c.awaitAllowed = module;
        c.async = module;
        c.superProperty = options.inMethod();
        c.superCall = options.inDerivedConstructor();
        c.newTarget = options.inFunction();
        c.argumentsAllowed = !options.inClassFieldInitializer();
        return c;
    }

    /**
     * CreateDynamicFunction (20.2.1.1.1): the parameters and the body are parsed separately, each
     * confined to its own range of the synthesized source text, then checked together.
     */
    public Program parseDynamicFunction(DynamicFunctionKind kind, int paramsStart, int paramsEnd, int bodyStart, int bodyEnd) {
        fn = topLevelContext();
        pushScope(true);
        boolean async = kind.isAsync();
        boolean generator = kind.isGenerator();
        FunctionContext c = newFunctionContext(async, generator);
        fn = c;
        pushScope(true);
        c.yieldAllowed = false;
        c.awaitAllowed = false;
        lx.reset(paramsStart, paramsEnd);
        next();
        ArrayList<Pattern> params = new ArrayList<>();
        while (tt() != TokenType.EOF) {
            if (tt() == TokenType.ELLIPSIS) {
                params.add(parseRestElement());
                if (tt() != TokenType.EOF) throw unexpected();
                break;
            }
            params.add(parseBindingElement());
            if (tt() != TokenType.EOF) expect(TokenType.COMMA);
        }
        boolean simple = isSimpleParameterList(params);
        ArrayList<Identifier> names = new ArrayList<>();
        for (Pattern p : params) boundNames(p, names);
        for (Identifier n : names) declareVar(n.name(), n.start());
        lx.reset(bodyStart, bodyEnd);
        c.yieldAllowed = generator;
        c.awaitAllowed = async;
        next();
        ArrayList<Statement> body = new ArrayList<>();
        parseBodyStatements(body, TokenType.EOF, simple);
        if (tt() != TokenType.EOF) throw unexpected();
        HashSet<String> seen = new HashSet<>();
        for (Identifier n : names) {
            if (strict && (isEvalOrArguments(n.name()) || isStrictReserved(n.name()))) {
                throw error("Unexpected eval or arguments in strict mode", n.start());
            }
            if ((strict || !simple) && !seen.add(n.name())) {
                throw error("Duplicate parameter name not allowed in this context", n.start());
            }
        }
        BlockStatement block = new BlockStatement(src.lastIndexOf('{', bodyStart), src.length(), freeze(body));
        FunctionExpression f = new FunctionExpression(0, src.length(), null, freeze(params), block, FunctionKind.NORMAL,
                async, generator, strict, simple);
        Statement st = new ExpressionStatement(0, src.length(), f, null);
        return new Program(source, 0, src.length(), SourceType.SCRIPT, false, List.of(st));
    }

    @Override
    void checkRegExp(int start, String pattern, String flags) {
        regExpChecker.check(start, pattern, flags);
    }

    // ---- Bodies and directive prologues (11.2.1) ----

    @Override
    boolean parseBodyStatements(ArrayList<Statement> out, TokenType end, boolean simpleParameters) {
        boolean useStrict = false;
        int firstOctal = -1;
        while (tt() == TokenType.STRING) {
            int s = tokStart();
            int e = lx.end();
            int octal = lx.legacyOctalPos();
            Statement st = parseStatementListItem();
            if (st instanceof ExpressionStatement es && es.start() == s && es.expression() instanceof StringLiteral sl
                    && sl.end() == e) {
                String raw = src.substring(s + 1, e - 1);
                out.add(new ExpressionStatement(es.start(), es.end(), es.expression(), raw));
                if (raw.equals("use strict")) {
                    if (!simpleParameters) {
                        throw error("Illegal 'use strict' directive in function with non-simple parameter list", s);
                    }
                    if (firstOctal >= 0) throw error("Octal escape sequences are not allowed in strict mode.", firstOctal);
                    strict = true;
                    useStrict = true;
                } else if (octal >= 0 && firstOctal < 0) {
                    firstOctal = octal;
                }
                continue;
            }
            out.add(st);
            break;
        }
        while (tt() != end) {
            out.add(parseStatementListItem());
            if (fn.parent == null) parenthesized.clear();
        }
        return useStrict;
    }

    // ---- Statement list items (14) ----

    @Override
    Statement parseStatementListItem() {
        int start = tokStart();
        switch (tt()) {
            case FUNCTION -> {
                return parseFunctionDeclaration(start, false, false);
            }
            case CLASS -> {
                return parseClassDeclaration(false);
            }
            case CONST -> {
                return parseLexicalDeclaration(VariableKind.CONST);
            }
            case NAME -> {
                if (isContextual("let") && isLetDeclaration()) return parseLexicalDeclaration(VariableKind.LET);
                if (isAsyncFunction()) {
                    next();
                    return parseFunctionDeclaration(start, true, false);
                }
                if (isUsingDeclaration()) return parseLexicalDeclaration(VariableKind.USING);
                if (isAwaitUsingDeclaration()) return parseLexicalDeclaration(VariableKind.AWAIT_USING);
                return parseStatement(true);
            }
            default -> {
                return parseStatement(true);
            }
        }
    }

    /** {@code let} followed by {@code [}, <code>{</code> or a name starts a LexicalDeclaration (14.3.1). */
    private boolean isLetDeclaration() {
        TokenType t = peek();
        return t == TokenType.LBRACKET || t == TokenType.LBRACE || t == TokenType.NAME;
    }

    private boolean isAsyncFunction() {
        return isContextual("async") && peek() == TokenType.FUNCTION && !peekNewline();
    }

    /** {@code using} [no LineTerminator here] BindingIdentifier. */
    private boolean isUsingDeclaration() {
        if (!isContextual("using")) return false;
        Lexer.State s = lx.save();
        lx.next();
        boolean result = lx.type() == TokenType.NAME && !lx.newlineBefore();
        lx.restore(s);
        return result;
    }

    /** {@code await} [no LineTerminator here] {@code using} [no LineTerminator here] BindingIdentifier. */
    private boolean isAwaitUsingDeclaration() {
        if (!isContextual("await") || !fn.awaitAllowed) return false;
        Lexer.State s = lx.save();
        lx.next();
        boolean result = false;
        if (lx.type() == TokenType.NAME && lx.value() == "using" && !lx.escaped() && !lx.newlineBefore()) {
            lx.next();
            result = lx.type() == TokenType.NAME && !lx.newlineBefore();
        }
        lx.restore(s);
        return result;
    }

    private Statement parseFunctionDeclaration(int start, boolean async, boolean anonymousAllowed) {
        expect(TokenType.FUNCTION);
        boolean generator = eat(TokenType.STAR);
        Identifier id = null;
        if (tt() == TokenType.NAME) {
            id = parseBindingIdentifier();
            declareFunctionName(id, !async && !generator);
        } else if (!anonymousAllowed) {
            throw unexpected();
        }
        FunctionParts f = parseFunctionRest(id, FunctionKind.NORMAL, async, generator);
        return new FunctionDeclaration(start, prevEnd, id, f.params(), f.body(), FunctionKind.NORMAL, async, generator,
                f.strict(), f.simple());
    }

    /** Top-level functions of Scripts and function bodies are var-scoped; in blocks and Modules lexical. */
    private void declareFunctionName(Identifier id, boolean plain) {
        if (scope.varScope && !(module && scope.parent == null)) {
            declareVar(id.name(), id.start());
        } else {
            declareLexical(id.name(), id.start(), !strict && plain && annexB ? Scope.SLOPPY_BLOCK_FUNCTION : Scope.LEXICAL);
        }
    }

    private ClassDeclaration parseClassDeclaration(boolean anonymousAllowed) {
        int start = tokStart();
        ClassParts c = parseClass(!anonymousAllowed);
        if (c.id() != null) declareLexical(c.id().name(), c.id().start(), Scope.LEXICAL);
        return new ClassDeclaration(start, prevEnd, c.id(), c.superClass(), c.body());
    }

    private VariableDeclaration parseLexicalDeclaration(VariableKind kind) {
        int start = tokStart();
        if ((kind == VariableKind.USING || kind == VariableKind.AWAIT_USING) && !module && scope.parent == null
                && fn.parent == null) {
            throw error("'" + kind.text() + "' declarations are not allowed at the top level of a script", start);
        }
        next();
        if (kind == VariableKind.AWAIT_USING) next();
        VariableDeclaration d = parseDeclarators(start, kind, false);
        declareBindings(d);
        semicolon();
        return withEnd(d);
    }

    private VariableDeclaration withEnd(VariableDeclaration d) {
        return d.end() == prevEnd ? d : new VariableDeclaration(d.start(), prevEnd, d.kind(), d.declarations());
    }

    /**
     * The declarators after the keyword. In a for-head ({@code inForHead}) {@code in} is not an operator
     * and missing initializers are checked by the caller once it knows the kind of loop.
     */
    private VariableDeclaration parseDeclarators(int start, VariableKind kind, boolean inForHead) {
        ArrayList<VariableDeclarator> list = new ArrayList<>();
        boolean using = kind == VariableKind.USING || kind == VariableKind.AWAIT_USING;
        do {
            int s = tokStart();
            Pattern id = using ? parseBindingIdentifier() : parseBindingTarget();
            Expression init = null;
            if (eat(TokenType.ASSIGN)) {
                init = parseAssign(!inForHead, false);
            } else if (!inForHead) {
                checkInitializer(kind, id);
            }
            list.add(new VariableDeclarator(s, prevEnd, id, init));
        } while (eat(TokenType.COMMA));
        return new VariableDeclaration(start, prevEnd, kind, freeze(list));
    }

    private void checkInitializer(VariableKind kind, Pattern id) {
        if (kind == VariableKind.CONST) throw error("Missing initializer in const declaration", id.end());
        if (kind == VariableKind.USING || kind == VariableKind.AWAIT_USING) {
            throw error("Missing initializer in " + kind.text() + " declaration", id.end());
        }
        if (!(id instanceof Identifier)) throw error("Missing initializer in destructuring declaration", id.end());
    }

    private void declareBindings(VariableDeclaration d) {
        List<VariableDeclarator> declarators = d.declarations();
        ArrayList<Identifier> names = null;
        for (int i = 0, n = declarators.size(); i < n; i++) {
            Pattern id = declarators.get(i).id();
            if (id instanceof Identifier name) {
                declareBinding(d.kind(), name);
            } else {
                if (names == null) names = new ArrayList<>();
                names.clear();
                boundNames(id, names);
                for (int k = 0; k < names.size(); k++) declareBinding(d.kind(), names.get(k));
            }
        }
    }

    private void declareBinding(VariableKind kind, Identifier n) {
        if (kind == VariableKind.VAR) {
            declareVar(n.name(), n.start());
        } else {
            if (n.name() == "let") throw error("let is disallowed as a lexically bound name", n.start());
            declareLexical(n.name(), n.start(), Scope.LEXICAL);
        }
    }

    // ---- Statements ----

    /**
     * A Statement. {@code listItem}: it stands directly in a statement list, where a labelled function
     * is allowed in sloppy code (B.3.1); not as the body of if/loops (IsLabelledFunction, 14.6.1, 14.7.1).
     */
    private Statement parseStatement(boolean listItem) {
        enterNesting();
        try {
            int start = tokStart();
            switch (tt()) {
                case LBRACE -> {
                    return parseBlock(true);
                }
                case VAR -> {
                    next();
                    VariableDeclaration d = parseDeclarators(start, VariableKind.VAR, false);
                    declareBindings(d);
                    semicolon();
                    return withEnd(d);
                }
                case SEMICOLON -> {
                    next();
                    return new EmptyStatement(start, prevEnd);
                }
                case IF -> {
                    return parseIf();
                }
                case FOR -> {
                    return parseFor();
                }
                case WHILE -> {
                    next();
                    Expression test = parseParenExpression();
                    Statement body = parseLoopBody(start);
                    return new WhileStatement(start, prevEnd, test, body);
                }
                case DO -> {
                    next();
                    Statement body = parseLoopBody(start);
                    expect(TokenType.WHILE);
                    Expression test = parseParenExpression();
                    eat(TokenType.SEMICOLON); // 12.10.1: ASI after do-while's ) always applies
                    return new DoWhileStatement(start, prevEnd, body, test);
                }
                case CONTINUE -> {
                    return parseContinue();
                }
                case BREAK -> {
                    return parseBreak();
                }
                case RETURN -> {
                    if (!fn.returnAllowed) throw error("Illegal return statement", start);
                    next();
                    Expression arg = null;
                    if (tt() != TokenType.SEMICOLON && !canInsertSemicolon()) arg = parseExpression(true);
                    semicolon();
                    return new ReturnStatement(start, prevEnd, arg);
                }
                case WITH -> {
                    if (strict) throw error("Strict mode code may not include a with statement", start);
                    next();
                    Expression object = parseParenExpression();
                    Statement body = parseStatement(false);
                    return new WithStatement(start, prevEnd, object, body);
                }
                case SWITCH -> {
                    return parseSwitch();
                }
                case THROW -> {
                    next();
                    if (lx.newlineBefore()) throw error("Illegal newline after throw", prevEnd);
                    Expression arg = parseExpression(true);
                    semicolon();
                    return new ThrowStatement(start, prevEnd, arg);
                }
                case TRY -> {
                    return parseTry();
                }
                case DEBUGGER -> {
                    next();
                    semicolon();
                    return new DebuggerStatement(start, prevEnd);
                }
                case FUNCTION -> throw error(strict
                        ? "In strict mode code, functions can only be declared at top level or inside a block."
                        : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
                        start);
                case CLASS -> throw unexpected();
                case CONST -> throw error("Lexical declaration cannot appear in a single-statement context", start);
                case IMPORT -> {
                    TokenType after = peek();
                    if (after != TokenType.LPAREN && after != TokenType.DOT) {
                        throw error(module ? "Unexpected token 'import'" : "Cannot use import statement outside a module", start);
                    }
                    return parseExpressionStatement(start, listItem);
                }
                case EXPORT -> throw error(module ? "Unexpected token 'export'" : "Unexpected token 'export'", start);
                case NAME -> {
                    if (isContextual("let")) {
                        Lexer.State s = lx.save();
                        lx.next();
                        boolean declarationLike = lx.type() == TokenType.LBRACKET
                                || (lx.type() == TokenType.LBRACE || lx.type() == TokenType.NAME) && !lx.newlineBefore();
                        lx.restore(s);
                        if (declarationLike) throw error("Lexical declaration cannot appear in a single-statement context", start);
                    }
                    if (isAsyncFunction()) throw error("Async functions can only be declared at the top level or inside a block.", start);
                    return parseExpressionStatement(start, listItem);
                }
                default -> {
                    return parseExpressionStatement(start, listItem);
                }
            }
        } finally {
            exitNesting();
        }
    }

    private Statement parseExpressionStatement(int start, boolean listItem) {
        Expression expr = parseExpression(true);
        if (expr instanceof Identifier id && tt() == TokenType.COLON && !isParenthesized(expr)) {
            return parseLabeled(start, id, listItem);
        }
        semicolon();
        return new ExpressionStatement(start, prevEnd, expr, null);
    }

    private Expression parseParenExpression() {
        expect(TokenType.LPAREN);
        Expression e = parseExpression(true);
        expect(TokenType.RPAREN);
        return e;
    }

    private BlockStatement parseBlock(boolean newScope) {
        int start = tokStart();
        expect(TokenType.LBRACE);
        if (newScope) pushScope(false);
        ArrayList<Statement> body = new ArrayList<>();
        while (tt() != TokenType.RBRACE) body.add(parseStatementListItem());
        next();
        if (newScope) popScope();
        return new BlockStatement(start, prevEnd, freeze(body));
    }

    private Statement parseIf() {
        int start = tokStart();
        next();
        Expression test = parseParenExpression();
        Statement consequent = parseIfBranch();
        Statement alternate = eat(TokenType.ELSE) ? parseIfBranch() : null;
        return new IfStatement(start, prevEnd, test, consequent, alternate);
    }

    /**
     * B.3.3: in sloppy code an if branch may be a plain function declaration, with the semantics of
     * one in a block; the AST says so with a BlockStatement of the same range around it.
     */
    private Statement parseIfBranch() {
        if (tt() == TokenType.FUNCTION && !strict && annexB) {
            int start = tokStart();
            if (peek() == TokenType.STAR) throw error("Generators can only be declared at the top level or inside a block.", start);
            pushScope(false);
            Statement f = parseFunctionDeclaration(start, false, false);
            popScope();
            return new BlockStatement(f.start(), f.end(), List.of(f));
        }
        return parseStatement(false);
    }

    private Statement parseLoopBody(int loopStart) {
        markLoopLabels(loopStart);
        fn.loopDepth++;
        fn.breakableDepth++;
        try {
            return parseStatement(false);
        } finally {
            fn.loopDepth--;
            fn.breakableDepth--;
        }
    }

    private void markLoopLabels(int loopStart) {
        for (FunctionContext.Label l = fn.labels; l != null && l.statementStart == loopStart; l = l.outer) l.loop = true;
    }

    private Statement parseLabeled(int start, Identifier label, boolean listItem) {
        for (FunctionContext.Label l = fn.labels; l != null; l = l.outer) {
            if (l.name == label.name()) throw error("Label '" + label.name() + "' has already been declared", start);
        }
        next(); // :
        int bodyStart = tokStart();
        for (FunctionContext.Label l = fn.labels; l != null && l.statementStart == start; l = l.outer) l.statementStart = bodyStart;
        FunctionContext.Label saved = fn.labels;
        fn.labels = new FunctionContext.Label(label.name(), saved, bodyStart);
        try {
            Statement body;
            if (tt() == TokenType.FUNCTION) {
                // B.3.1 labelled function declarations: sloppy, plain functions, not as a loop or if body
                if (strict || !listItem || !annexB) {
                    throw error(strict ? "In strict mode code, functions can only be declared at top level or inside a block."
                            : "Labelled function declarations are not allowed here", bodyStart);
                }
                if (peek() == TokenType.STAR) throw error("Generators can only be declared at the top level or inside a block.", bodyStart);
                body = parseFunctionDeclaration(bodyStart, false, false);
            } else {
                body = parseStatement(listItem);
            }
            return new LabeledStatement(start, prevEnd, label, body);
        } finally {
            fn.labels = saved;
        }
    }

    private Statement parseContinue() {
        int start = tokStart();
        next();
        Identifier label = null;
        if (tt() == TokenType.NAME && !lx.newlineBefore()) {
            label = parseIdentifierReference();
            FunctionContext.Label l = findLabel(label.name());
            if (l == null) throw error("Undefined label '" + label.name() + "'", label.start());
            if (!l.loop) throw error("Illegal continue statement: '" + label.name() + "' does not denote an iteration statement", start);
        } else if (fn.loopDepth == 0) {
            throw error("Illegal continue statement: no surrounding iteration statement", start);
        }
        semicolon();
        return new ContinueStatement(start, prevEnd, label);
    }

    private Statement parseBreak() {
        int start = tokStart();
        next();
        Identifier label = null;
        if (tt() == TokenType.NAME && !lx.newlineBefore()) {
            label = parseIdentifierReference();
            if (findLabel(label.name()) == null) throw error("Undefined label '" + label.name() + "'", label.start());
        } else if (fn.breakableDepth == 0) {
            throw error("Illegal break statement", start);
        }
        semicolon();
        return new BreakStatement(start, prevEnd, label);
    }

    private FunctionContext.Label findLabel(String name) {
        for (FunctionContext.Label l = fn.labels; l != null; l = l.outer) if (l.name == name) return l;
        return null;
    }

    private Statement parseSwitch() {
        int start = tokStart();
        next();
        Expression discriminant = parseParenExpression();
        expect(TokenType.LBRACE);
        pushScope(false);
        fn.breakableDepth++;
        ArrayList<SwitchCase> cases = new ArrayList<>();
        boolean sawDefault = false;
        while (tt() != TokenType.RBRACE) {
            int caseStart = tokStart();
            Expression test = null;
            if (eat(TokenType.CASE)) {
                test = parseExpression(true);
            } else if (tt() == TokenType.DEFAULT) {
                if (sawDefault) throw error("More than one default clause in switch statement", caseStart);
                sawDefault = true;
                next();
            } else {
                throw unexpected();
            }
            expect(TokenType.COLON);
            ArrayList<Statement> consequent = new ArrayList<>();
            while (tt() != TokenType.CASE && tt() != TokenType.DEFAULT && tt() != TokenType.RBRACE) {
                if (isUsingDeclaration() || isAwaitUsingDeclaration()) {
                    throw error("'using' declarations are not allowed directly in a switch case", tokStart());
                }
                consequent.add(parseStatementListItem());
            }
            cases.add(new SwitchCase(caseStart, prevEnd, test, freeze(consequent)));
        }
        next();
        fn.breakableDepth--;
        popScope();
        return new SwitchStatement(start, prevEnd, discriminant, freeze(cases));
    }

    private Statement parseTry() {
        int start = tokStart();
        next();
        BlockStatement block = parseBlock(true);
        CatchClause handler = null;
        if (tt() == TokenType.CATCH) {
            int catchStart = tokStart();
            next();
            Pattern param = null;
            pushScope(false);
            if (eat(TokenType.LPAREN)) {
                param = parseBindingTarget();
                ArrayList<Identifier> names = new ArrayList<>();
                boundNames(param, names);
                int kind = param instanceof Identifier ? Scope.SIMPLE_CATCH_PARAMETER : Scope.LEXICAL;
                for (Identifier n : names) declareLexical(n.name(), n.start(), kind);
                expect(TokenType.RPAREN);
            }
            BlockStatement body = parseBlock(false);
            popScope();
            handler = new CatchClause(catchStart, prevEnd, param, body);
        }
        BlockStatement finalizer = null;
        if (eat(TokenType.FINALLY)) finalizer = parseBlock(true);
        if (handler == null && finalizer == null) throw error("Missing catch or finally after try", prevEnd);
        return new TryStatement(start, prevEnd, block, handler, finalizer);
    }

    // ---- for, for-in, for-of, for-await (14.7.4, 14.7.5) ----

    private Statement parseFor() {
        int start = tokStart();
        next();
        boolean isAwait = false;
        if (isContextual("await")) {
            if (!fn.awaitAllowed) throw error("for await is only valid in async functions and the top level bodies of modules", tokStart());
            isAwait = true;
            next();
        }
        expect(TokenType.LPAREN);
        pushScope(false);
        try {
            if (tt() == TokenType.SEMICOLON) {
                if (isAwait) throw unexpected();
                return parseForRest(start, null);
            }
            int initStart = tokStart();
            VariableKind kind = null;
            if (tt() == TokenType.VAR) {
                kind = VariableKind.VAR;
            } else if (tt() == TokenType.CONST) {
                kind = VariableKind.CONST;
            } else if (isContextual("let")) {
                TokenType t = peek();
                if (t == TokenType.LBRACKET || t == TokenType.LBRACE || t == TokenType.NAME) kind = VariableKind.LET;
            } else if (isUsingDeclaration() && !isUsingOfHead()) {
                kind = VariableKind.USING;
            } else if (isAwaitUsingDeclaration()) {
                kind = VariableKind.AWAIT_USING;
            }
            if (kind != null) {
                next();
                if (kind == VariableKind.AWAIT_USING) next();
                VariableDeclaration decl = parseDeclarators(initStart, kind, true);
                boolean isOf = isContextual("of");
                if (isOf || tt() == TokenType.IN) {
                    if (decl.declarations().size() != 1) {
                        throw error("Invalid left-hand side in for-" + (isOf ? "of" : "in") + " loop: Must have a single binding.", initStart);
                    }
                    VariableDeclarator d = decl.declarations().get(0);
                    if (d.init() != null && (isOf || strict || kind != VariableKind.VAR || !(d.id() instanceof Identifier) || !annexB)) {
                        throw error("for-" + (isOf ? "of" : "in") + " loop variable declaration may not have an initializer.", initStart);
                    }
                    if (!isOf && (kind == VariableKind.USING || kind == VariableKind.AWAIT_USING)) throw unexpected();
                    if (isAwait && !isOf) throw unexpected();
                    declareBindings(decl);
                    return parseForInOfRest(start, decl, isOf, isAwait);
                }
                if (isAwait) throw unexpected();
                for (VariableDeclarator d : decl.declarations()) {
                    if (d.init() == null) checkInitializer(kind, d.id());
                }
                declareBindings(decl);
                return parseForRest(start, decl);
            }
            boolean startsWithLet = isContextual("let");
            boolean startsWithAsync = isContextual("async");
            int oInit = coverInitPos;
            int oProto = coverProtoPos;
            coverInitPos = coverProtoPos = -1;
            Expression init = parseExpression(false, true);
            boolean isOf = isContextual("of");
            if (isOf || tt() == TokenType.IN) {
                if (isOf && startsWithLet) throw error("The left-hand side of a for-of loop may not be 'let'.", initStart);
                if (isOf && startsWithAsync && init instanceof Identifier && !isAwait) {
                    throw error("The left-hand side of a for-of loop may not be 'async'.", initStart);
                }
                if (isAwait && !isOf) throw unexpected();
                if (init instanceof AssignmentExpression || init instanceof SequenceExpression) {
                    throw error("Invalid left-hand side in for-" + (isOf ? "of" : "in") + " loop", initStart);
                }
                Pattern target = init instanceof CallExpression call && isWebCompatCallTarget(call) ? call : toTarget(init, false);
                coverInitPos = oInit;
                coverProtoPos = oProto;
                return parseForInOfRest(start, target, isOf, isAwait);
            }
            checkCoverErrors();
            coverInitPos = oInit;
            coverProtoPos = oProto;
            if (isAwait) throw unexpected();
            return parseForRest(start, init);
        } finally {
            popScope();
        }
    }

    /** {@code for (using of ...)}: {@code using} is then an identifier, except in {@code for (using of = ...;;)}. */
    private boolean isUsingOfHead() {
        Lexer.State s = lx.save();
        lx.next();
        boolean usingOf = lx.type() == TokenType.NAME && lx.value() == "of" && !lx.escaped();
        if (usingOf) {
            lx.next();
            usingOf = lx.type() != TokenType.ASSIGN;
        }
        lx.restore(s);
        return usingOf;
    }

    private Statement parseForRest(int start, Node init) {
        expect(TokenType.SEMICOLON);
        Expression test = tt() == TokenType.SEMICOLON ? null : parseExpression(true);
        expect(TokenType.SEMICOLON);
        Expression update = tt() == TokenType.RPAREN ? null : parseExpression(true);
        expect(TokenType.RPAREN);
        Statement body = parseLoopBody(start);
        return new ForStatement(start, prevEnd, init, test, update, body);
    }

    private Statement parseForInOfRest(int start, Node left, boolean isOf, boolean isAwait) {
        next(); // of / in
        Expression right = isOf ? parseAssign(true, false) : parseExpression(true);
        expect(TokenType.RPAREN);
        Statement body = parseLoopBody(start);
        return isOf ? new ForOfStatement(start, prevEnd, left, right, body, isAwait)
                : new ForInStatement(start, prevEnd, left, right, body);
    }

    // ---- Modules (16.2) ----

    private ModuleItem parseModuleItem() {
        if (tt() == TokenType.IMPORT) {
            TokenType after = peek();
            if (after != TokenType.LPAREN && after != TokenType.DOT) return parseImportDeclaration();
        }
        if (tt() == TokenType.EXPORT) return parseExportDeclaration();
        return parseStatementListItem();
    }

    private ImportDeclaration parseImportDeclaration() {
        int start = tokStart();
        next();
        ArrayList<ImportClause> specifiers = new ArrayList<>();
        ImportPhase phase = parseImportPhase();
        if (phase == ImportPhase.SOURCE) {
            int s = tokStart();
            Identifier local = parseBindingIdentifier();
            specifiers.add(new ImportDefaultSpecifier(s, prevEnd, local));
            expectContextual("from");
        } else if (phase == ImportPhase.DEFER) {
            int s = tokStart();
            expect(TokenType.STAR);
            expectContextual("as");
            Identifier local = parseBindingIdentifier();
            specifiers.add(new ImportNamespaceSpecifier(s, prevEnd, local));
            expectContextual("from");
        } else if (tt() != TokenType.STRING) {
            if (tt() == TokenType.NAME) {
                int s = tokStart();
                Identifier local = parseBindingIdentifier();
                specifiers.add(new ImportDefaultSpecifier(s, prevEnd, local));
                if (eat(TokenType.COMMA)) {
                    if (tt() != TokenType.STAR && tt() != TokenType.LBRACE) throw unexpected();
                }
            }
            if (tt() == TokenType.STAR) {
                int s = tokStart();
                next();
                expectContextual("as");
                Identifier local = parseBindingIdentifier();
                specifiers.add(new ImportNamespaceSpecifier(s, prevEnd, local));
            } else if (tt() == TokenType.LBRACE) {
                next();
                while (!eat(TokenType.RBRACE)) {
                    int s = tokStart();
                    TokenType nameType = tt();
                    ModuleExportName imported = parseModuleExportName();
                    Identifier local;
                    if (eatContextual("as")) {
                        local = parseBindingIdentifier();
                    } else {
                        if (!(imported instanceof Identifier id) || nameType != TokenType.NAME) {
                            throw error("Unexpected token: an imported name that is not an identifier needs 'as'", s);
                        }
                        checkIdentifier(id.name(), id.start(), false);
                        checkBindingName(id);
                        local = id;
                    }
                    specifiers.add(new ImportSpecifier(s, prevEnd, imported, local));
                    if (tt() != TokenType.RBRACE) expect(TokenType.COMMA);
                }
            }
            expectContextual("from");
        }
        if (tt() != TokenType.STRING) throw unexpected();
        StringLiteral from = parseStringLiteral();
        List<ImportAttribute> attributes = parseWithClause();
        semicolon();
        for (ImportClause c : specifiers) {
            Identifier local = c instanceof ImportSpecifier sp ? sp.local()
                    : c instanceof ImportDefaultSpecifier sp ? sp.local()
                    : ((ImportNamespaceSpecifier) c).local();
            declareLexical(local.name(), local.start(), Scope.LEXICAL);
        }
        return new ImportDeclaration(start, prevEnd, freeze(specifiers), from, attributes, phase);
    }

    /**
     * {@code import source x from} and {@code import defer * as ns from}: {@code source}/{@code defer}
     * is a phase keyword only if a binding follows; {@code import source from 'm'} imports a default
     * named {@code source}.
     */
    private ImportPhase parseImportPhase() {
        boolean source = isContextual("source");
        if (!source && !isContextual("defer")) return ImportPhase.EVALUATION;
        Lexer.State s = lx.save();
        lx.next();
        boolean phase;
        if (source) {
            // import source from 'm' (a default import named source) vs import source from from 'm'
            phase = lx.type() == TokenType.NAME && !(lx.value() == "from" && !lx.escaped() && isFromThenString());
        } else {
            phase = lx.type() == TokenType.STAR;
        }
        lx.restore(s);
        if (!phase) return ImportPhase.EVALUATION;
        next();
        return source ? ImportPhase.SOURCE : ImportPhase.DEFER;
    }

    /** The current token is {@code from}: is it followed by the module specifier string? */
    private boolean isFromThenString() {
        Lexer.State s = lx.save();
        lx.next();
        boolean string = lx.type() == TokenType.STRING;
        lx.restore(s);
        return string;
    }

    /** WithClause (16.2.2): {@code with { key: 'value', ... }} with unique keys. */
    private List<ImportAttribute> parseWithClause() {
        if (tt() != TokenType.WITH) return List.of();
        next();
        expect(TokenType.LBRACE);
        ArrayList<ImportAttribute> attributes = new ArrayList<>();
        HashSet<String> keys = new HashSet<>();
        while (!eat(TokenType.RBRACE)) {
            int s = tokStart();
            ModuleExportName key = tt() == TokenType.STRING ? parseStringLiteral() : parseIdentifierName();
            if (!keys.add(key.exportName())) throw error("Import attribute has duplicate key '" + key.exportName() + "'", s);
            expect(TokenType.COLON);
            if (tt() != TokenType.STRING) throw unexpected();
            StringLiteral value = parseStringLiteral();
            attributes.add(new ImportAttribute(s, prevEnd, key, value));
            if (tt() != TokenType.RBRACE) expect(TokenType.COMMA);
        }
        return freeze(attributes);
    }

    /** ModuleExportName: an IdentifierName or a well-formed string (16.2.2). */
    private ModuleExportName parseModuleExportName() {
        if (tt() == TokenType.STRING) {
            StringLiteral s = parseStringLiteral();
            if (!isWellFormed(s.value())) throw error("Invalid module export name: contains unpaired surrogate", s.start());
            return s;
        }
        return parseIdentifierName();
    }

    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private void addExportedName(String name, int pos) {
        if (!exportedNames.add(name)) throw error("Duplicate export of '" + name + "'", pos);
    }

    private ModuleItem parseExportDeclaration() {
        int start = tokStart();
        next();
        if (tt() == TokenType.STAR) {
            next();
            ModuleExportName exported = null;
            if (eatContextual("as")) {
                exported = parseModuleExportName();
                addExportedName(exported.exportName(), exported.start());
            }
            expectContextual("from");
            if (tt() != TokenType.STRING) throw unexpected();
            StringLiteral from = parseStringLiteral();
            List<ImportAttribute> attributes = parseWithClause();
            semicolon();
            return new ExportAllDeclaration(start, prevEnd, exported, from, attributes);
        }
        if (tt() == TokenType.DEFAULT) {
            addExportedName("default", tokStart());
            next();
            int s = tokStart();
            Node declaration;
            if (tt() == TokenType.FUNCTION) {
                declaration = parseFunctionDeclaration(s, false, true);
            } else if (isAsyncFunction()) {
                next();
                declaration = parseFunctionDeclaration(s, true, true);
            } else if (tt() == TokenType.CLASS) {
                declaration = parseClassDeclaration(true);
            } else {
                declaration = parseAssign(true, false);
                semicolon();
            }
            return new ExportDefaultDeclaration(start, prevEnd, declaration);
        }
        if (tt() == TokenType.LBRACE) {
            next();
            ArrayList<ExportSpecifier> specifiers = new ArrayList<>();
            ArrayList<Identifier> locals = new ArrayList<>();
            while (!eat(TokenType.RBRACE)) {
                int s = tokStart();
                TokenType localType = tt();
                boolean localEscapedKeyword = lx.escapedKeyword();
                ModuleExportName local = parseModuleExportName();
                ModuleExportName exported = eatContextual("as") ? parseModuleExportName() : local;
                addExportedName(exported.exportName(), exported.start());
                specifiers.add(new ExportSpecifier(s, prevEnd, local, exported));
                if (local instanceof Identifier id) {
                    if (localType != TokenType.NAME || localEscapedKeyword) locals.add(null);
                    else locals.add(id);
                } else {
                    locals.add(null);
                }
                if (tt() != TokenType.RBRACE) expect(TokenType.COMMA);
            }
            StringLiteral from = null;
            List<ImportAttribute> attributes = List.of();
            if (eatContextual("from")) {
                if (tt() != TokenType.STRING) throw unexpected();
                from = parseStringLiteral();
                attributes = parseWithClause();
            } else {
                for (int i = 0; i < locals.size(); i++) {
                    Identifier id = locals.get(i);
                    if (id == null) {
                        throw error("Unexpected export of a string or reserved word without 'from'", specifiers.get(i).start());
                    }
                    exportedLocals.add(id);
                }
            }
            semicolon();
            return new ExportNamedDeclaration(start, prevEnd, null, freeze(specifiers), from, attributes);
        }
        Declaration declaration;
        int s = tokStart();
        if (tt() == TokenType.VAR) {
            next();
            VariableDeclaration d = parseDeclarators(s, VariableKind.VAR, false);
            declareBindings(d);
            semicolon();
            declaration = withEnd(d);
        } else if (tt() == TokenType.CONST) {
            declaration = parseLexicalDeclaration(VariableKind.CONST);
        } else if (isContextual("let") && isLetDeclaration()) {
            declaration = parseLexicalDeclaration(VariableKind.LET);
        } else if (tt() == TokenType.FUNCTION) {
            declaration = (Declaration) parseFunctionDeclaration(s, false, false);
        } else if (isAsyncFunction()) {
            next();
            declaration = (Declaration) parseFunctionDeclaration(s, true, false);
        } else if (tt() == TokenType.CLASS) {
            declaration = parseClassDeclaration(false);
        } else {
            throw unexpected();
        }
        ArrayList<Identifier> names = new ArrayList<>();
        if (declaration instanceof VariableDeclaration d) {
            for (VariableDeclarator v : d.declarations()) boundNames(v.id(), names);
        } else if (declaration instanceof FunctionDeclaration f) {
            names.add(f.id());
        } else {
            names.add(((ClassDeclaration) declaration).id());
        }
        for (Identifier n : names) addExportedName(n.name(), n.start());
        return new ExportNamedDeclaration(start, prevEnd, declaration, List.of(), null, List.of());
    }
}
