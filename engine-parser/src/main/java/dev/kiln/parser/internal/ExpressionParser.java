package dev.kiln.parser.internal;

import dev.kiln.parser.ParseOptions;
import dev.kiln.parser.Source;
import dev.kiln.parser.ast.*;
import dev.kiln.parser.lexer.Lexer;
import dev.kiln.parser.lexer.TokenType;

import java.util.ArrayList;
import java.util.List;

/**
 * Expressions (ECMA-262 13), including the cover grammars: a parenthesized expression, an object or
 * array literal, or an {@code async(...)} call is parsed once as an expression and re-interpreted as
 * arrow parameters or a destructuring pattern when {@code =>} or {@code =} follows ({@link #toTarget}).
 */
abstract class ExpressionParser extends ParserBase {

    ExpressionParser(Source source, ParseOptions options, Lexer lexer) {
        super(source, options, lexer);
    }

    // Provided by the function/class layer.
    abstract ArrowFunctionExpression parseArrowFunction(int start, List<Pattern> params, boolean async);

    abstract FunctionExpression parseFunctionExpression(int start, boolean async);

    abstract FunctionExpression parseMethod(int start, FunctionKind kind, boolean async, boolean generator);

    abstract ClassExpression parseClassExpression();

    abstract void checkRegExp(int start, String pattern, String flags);

    // ---- Comma expressions and assignment (13.14-13.16) ----

    final Expression parseExpression(boolean allowIn) {
        return parseExpression(allowIn, false);
    }

    final Expression parseExpression(boolean allowIn, boolean coverable) {
        int start = tokStart();
        Expression first = parseAssign(allowIn, coverable);
        if (tt() != TokenType.COMMA) return first;
        ArrayList<Expression> list = new ArrayList<>();
        list.add(first);
        while (eat(TokenType.COMMA)) list.add(parseAssign(allowIn, false));
        return new SequenceExpression(start, prevEnd, freeze(list));
    }

    /**
     * AssignmentExpression. When {@code coverable}, object-literal syntax valid only in patterns
     * ({@code {a = 1}}, duplicate {@code __proto__}) is left for the caller, which may still turn this
     * expression into a pattern; otherwise it is an error here.
     */
    final Expression parseAssign(boolean allowIn, boolean coverable) {
        enterNesting();
        try {
            if (fn.yieldKeyword && isYieldToken()) return parseYield(allowIn);
            int start = tokStart();
            int oldAssignStart = assignStart;
            boolean oldAllowIn = assignAllowIn;
            assignStart = start;
            assignAllowIn = allowIn;
            int oldInit = coverInitPos;
            int oldProto = coverProtoPos;
            coverInitPos = -1;
            coverProtoPos = -1;
            Expression left = parseConditional(allowIn);
            TokenType t = tt();
            if (t.isAssignment()) {
                if (left instanceof ArrowFunctionExpression && !isParenthesized(left)) throw unexpected();
                AssignmentOperator op = assignmentOperator(t);
                Pattern target;
                if (op == AssignmentOperator.ASSIGN) {
                    target = left instanceof CallExpression call && isWebCompatCallTarget(call) ? call : toTarget(left, false);
                } else {
                    target = checkSimpleTarget(left, "Invalid left-hand side in assignment", op.logicalOperator() == null);
                }
                coverInitPos = oldInit;
                coverProtoPos = oldProto;
                assignStart = oldAssignStart;
                assignAllowIn = oldAllowIn;
                next();
                Expression right = parseAssign(allowIn, false);
                return new AssignmentExpression(start, prevEnd, op, target, right);
            }
            if (coverInitPos >= 0 || coverProtoPos >= 0) {
                boolean literal = (left instanceof ObjectExpression || left instanceof ArrayExpression) && !isParenthesized(left);
                if (!coverable || !literal) checkCoverErrors();
            }
            if (oldInit >= 0) coverInitPos = oldInit;
            if (oldProto >= 0) coverProtoPos = oldProto;
            assignStart = oldAssignStart;
            assignAllowIn = oldAllowIn;
            return left;
        } finally {
            exitNesting();
        }
    }

    final void checkCoverErrors() {
        if (coverInitPos >= 0) throw error("Invalid shorthand property initializer", coverInitPos);
        if (coverProtoPos >= 0) throw error("Duplicate __proto__ fields are not allowed in object literals", coverProtoPos);
    }

    private boolean isYieldToken() {
        return lx.type() == TokenType.NAME && lx.value() == "yield";
    }

    private static AssignmentOperator assignmentOperator(TokenType t) {
        return switch (t) {
            case ASSIGN -> AssignmentOperator.ASSIGN;
            case ADD_ASSIGN -> AssignmentOperator.ADD;
            case SUB_ASSIGN -> AssignmentOperator.SUB;
            case MUL_ASSIGN -> AssignmentOperator.MUL;
            case DIV_ASSIGN -> AssignmentOperator.DIV;
            case MOD_ASSIGN -> AssignmentOperator.MOD;
            case EXP_ASSIGN -> AssignmentOperator.EXP;
            case SHL_ASSIGN -> AssignmentOperator.SHL;
            case SHR_ASSIGN -> AssignmentOperator.SHR;
            case USHR_ASSIGN -> AssignmentOperator.USHR;
            case AND_ASSIGN -> AssignmentOperator.BIT_AND;
            case OR_ASSIGN -> AssignmentOperator.BIT_OR;
            case XOR_ASSIGN -> AssignmentOperator.BIT_XOR;
            case LOGICAL_AND_ASSIGN -> AssignmentOperator.AND;
            case LOGICAL_OR_ASSIGN -> AssignmentOperator.OR;
            case NULLISH_ASSIGN -> AssignmentOperator.NULLISH;
            default -> throw new IllegalArgumentException(t.name());
        };
    }

    /** 15.5 YieldExpression. */
    private Expression parseYield(boolean allowIn) {
        int start = tokStart();
        if (lx.escaped()) throw error("Keyword must not contain escaped characters", start);
        if (!fn.yieldAllowed) throw error("Yield expression not allowed in formal parameter", start);
        if (yieldPos < 0) yieldPos = start;
        next();
        if (lx.newlineBefore() || !startsExpression(tt()) && tt() != TokenType.STAR) {
            return new YieldExpression(start, prevEnd, null, false);
        }
        boolean delegate = eat(TokenType.STAR);
        Expression arg = parseAssign(allowIn, false);
        return new YieldExpression(start, prevEnd, arg, delegate);
    }

    static boolean startsExpression(TokenType t) {
        return switch (t) {
            case NAME, PRIVATE_NAME, NUMBER, BIGINT, STRING, TEMPLATE, TEMPLATE_HEAD, LBRACE, LPAREN, LBRACKET,
                 PLUS, MINUS, BANG, TILDE, INC, DEC, SLASH, DIV_ASSIGN, CLASS, FUNCTION, NEW, NULL, SUPER,
                 THIS, TRUE, FALSE, TYPEOF, VOID, DELETE, IMPORT -> true;
            default -> false;
        };
    }

    // ---- Conditional and binary operators (13.6-13.13) ----

    private Expression parseConditional(boolean allowIn) {
        int start = tokStart();
        Expression test = parseBinary(allowIn);
        if (tt() != TokenType.QUESTION) return test;
        if (test instanceof ArrowFunctionExpression && !isParenthesized(test)) throw unexpected();
        next();
        Expression consequent = parseAssign(true, false);
        expect(TokenType.COLON);
        Expression alternate = parseAssign(allowIn, false);
        return new ConditionalExpression(start, prevEnd, test, consequent, alternate);
    }

    private Expression parseBinary(boolean allowIn) {
        int start = tokStart();
        if (tt() == TokenType.PRIVATE_NAME) return parseBinaryOperators(parsePrivateIn(start, allowIn), start, 0, allowIn);
        Expression left = parseUnary();
        return parseBinaryOperators(left, start, 0, allowIn);
    }

    /** {@code #x in obj} (13.10): a PrivateIdentifier may only start a RelationalExpression. */
    private Expression parsePrivateIn(int start, boolean allowIn) {
        PrivateIdentifier name = new PrivateIdentifier(start, lx.end(), lx.value());
        next();
        if (tt() != TokenType.IN || !allowIn) throw unexpectedAt(start);
        usePrivateName(name);
        next();
        int rightStart = tokStart();
        Expression right = parseBinaryOperators(parseUnary(), rightStart, TokenType.IN.precedence(), allowIn);
        return new PrivateInExpression(start, prevEnd, name, right);
    }

    /** Precedence climbing over operators that bind tighter than {@code minPrecedence}. */
    private Expression parseBinaryOperators(Expression left, int start, int minPrecedence, boolean allowIn) {
        int chain = 0;
        try {
            while (true) {
                TokenType op = tt();
                int prec = op.precedence();
                if (prec <= minPrecedence || (op == TokenType.IN && !allowIn)) return left;
                if (left instanceof ArrowFunctionExpression && !isParenthesized(left)) throw unexpected();
                enterNesting(1);
                chain++;
                next();
                int rightStart = tokStart();
                Expression right;
                if (tt() == TokenType.PRIVATE_NAME && prec < TokenType.IN.precedence()) {
                    right = parsePrivateIn(rightStart, allowIn);
                } else {
                    right = parseUnary();
                }
                // ** is right-associative: its right operand absorbs further ** operators
                right = parseBinaryOperators(right, rightStart, op == TokenType.STAR_STAR ? prec - 1 : prec, allowIn);
                left = makeBinary(op, left, right, start);
            }
        } finally {
            exitNesting(chain);
        }
    }

    private Expression makeBinary(TokenType op, Expression left, Expression right, int start) {
        LogicalOperator logical = switch (op) {
            case AND -> LogicalOperator.AND;
            case OR -> LogicalOperator.OR;
            case NULLISH -> LogicalOperator.NULLISH;
            default -> null;
        };
        if (logical != null) {
            // 13.13: ?? does not mix with && or || without parentheses
            boolean coalesce = logical == LogicalOperator.NULLISH;
            if (mixesCoalesce(left, coalesce) || mixesCoalesce(right, coalesce)) {
                throw error("Unexpected token '" + op.text() + "': cannot mix ?? with && or || without parentheses", right.start());
            }
            return new LogicalExpression(start, prevEnd, logical, left, right);
        }
        BinaryOperator b = switch (op) {
            case EQ -> BinaryOperator.EQ;
            case NE -> BinaryOperator.NE;
            case STRICT_EQ -> BinaryOperator.STRICT_EQ;
            case STRICT_NE -> BinaryOperator.STRICT_NE;
            case LT -> BinaryOperator.LT;
            case LE -> BinaryOperator.LE;
            case GT -> BinaryOperator.GT;
            case GE -> BinaryOperator.GE;
            case SHL -> BinaryOperator.SHL;
            case SHR -> BinaryOperator.SHR;
            case USHR -> BinaryOperator.USHR;
            case PLUS -> BinaryOperator.ADD;
            case MINUS -> BinaryOperator.SUB;
            case STAR -> BinaryOperator.MUL;
            case SLASH -> BinaryOperator.DIV;
            case PERCENT -> BinaryOperator.MOD;
            case STAR_STAR -> BinaryOperator.EXP;
            case PIPE -> BinaryOperator.BIT_OR;
            case CARET -> BinaryOperator.BIT_XOR;
            case AMP -> BinaryOperator.BIT_AND;
            case IN -> BinaryOperator.IN;
            case INSTANCEOF -> BinaryOperator.INSTANCEOF;
            default -> throw new IllegalStateException(op.name());
        };
        return new BinaryExpression(start, prevEnd, b, left, right);
    }

    private boolean mixesCoalesce(Expression operand, boolean coalesce) {
        if (!(operand instanceof LogicalExpression l) || isParenthesized(operand)) return false;
        return coalesce ? l.operator() != LogicalOperator.NULLISH : l.operator() == LogicalOperator.NULLISH;
    }

    // ---- Unary and update (13.4, 13.5) ----

    final Expression parseUnary() {
        int start = tokStart();
        UnaryOperator op = switch (tt()) {
            case MINUS -> UnaryOperator.MINUS;
            case PLUS -> UnaryOperator.PLUS;
            case BANG -> UnaryOperator.NOT;
            case TILDE -> UnaryOperator.BITWISE_NOT;
            case TYPEOF -> UnaryOperator.TYPEOF;
            case VOID -> UnaryOperator.VOID;
            case DELETE -> UnaryOperator.DELETE;
            default -> null;
        };
        if (op != null) {
            enterNesting();
            next();
            Expression arg = parseUnary();
            exitNesting();
            if (op == UnaryOperator.DELETE) checkDelete(arg);
            if (tt() == TokenType.STAR_STAR) {
                throw error("Unary operator used immediately before exponentiation expression. "
                        + "Parenthesis must be used to disambiguate operator precedence", tokStart());
            }
            return new UnaryExpression(start, prevEnd, op, arg);
        }
        if (tt() == TokenType.INC || tt() == TokenType.DEC) {
            boolean increment = tt() == TokenType.INC;
            enterNesting();
            next();
            Expression arg = parseUnary();
            exitNesting();
            checkSimpleTarget(arg, "Invalid left-hand side expression in prefix operation");
            return new UpdateExpression(start, prevEnd, increment, true, arg);
        }
        if (tt() == TokenType.NAME && lx.value() == "await" && (fn.awaitKeyword || module)) {
            return parseAwait(start);
        }
        Expression expr = parseSubscripts(parseAtom(), start, false);
        if ((tt() == TokenType.INC || tt() == TokenType.DEC) && !lx.newlineBefore()) {
            boolean increment = tt() == TokenType.INC;
            checkSimpleTarget(expr, "Invalid left-hand side expression in postfix operation");
            next();
            return new UpdateExpression(start, prevEnd, increment, false, expr);
        }
        return expr;
    }

    private Expression parseAwait(int start) {
        if (lx.escaped()) throw error("Keyword must not contain escaped characters", start);
        if (!fn.awaitAllowed) {
            throw error(fn.async ? "Illegal await-expression in formal parameters of async function"
                    : fn.staticBlock ? "Unexpected 'await' in class static block"
                    : "await is only valid in async functions and the top level bodies of modules", start);
        }
        if (awaitPos < 0) awaitPos = start;
        enterNesting();
        next();
        Expression arg = parseUnary();
        exitNesting();
        if (tt() == TokenType.STAR_STAR) {
            throw error("Unary operator used immediately before exponentiation expression. "
                    + "Parenthesis must be used to disambiguate operator precedence", tokStart());
        }
        return new AwaitExpression(start, prevEnd, arg);
    }

    /** 13.5.1.1: {@code delete x} in strict code, and {@code delete o.#x} anywhere. */
    private void checkDelete(Expression arg) {
        Expression e = arg;
        if (e instanceof ChainExpression c) e = c.expression();
        if (strict && arg instanceof Identifier) throw error("Delete of an unqualified identifier in strict mode.", arg.start());
        if (e instanceof PrivateMemberExpression) throw error("Private fields can not be deleted", arg.start());
    }

    /** AssignmentTargetType simple (13.15.1): identifiers and property references only. */
    final Pattern checkSimpleTarget(Expression e, String message) {
        return checkSimpleTarget(e, message, true);
    }

    final Pattern checkSimpleTarget(Expression e, String message, boolean callAllowed) {
        if (e instanceof Identifier id) {
            if (strict && isEvalOrArguments(id.name())) throw error("Unexpected eval or arguments in strict mode", e.start());
            return id;
        }
        if (e instanceof MemberExpression || e instanceof PrivateMemberExpression || e instanceof SuperMemberExpression) {
            return (Pattern) e;
        }
        if (callAllowed && e instanceof CallExpression call && isWebCompatCallTarget(call)) return call;
        throw error(message, e.start());
    }

    /**
     * Annex B: in sloppy code a call as an assignment target (not a logical assignment, not in a
     * pattern) is a runtime ReferenceError rather than an early error, as browsers have it.
     */
    final boolean isWebCompatCallTarget(CallExpression call) {
        return annexB && !strict && !call.optional() && !(call.callee() instanceof ChainExpression);
    }

    // ---- Member, call and optional chains (13.3) ----

    final Expression parseSubscripts(Expression base, int start, boolean noCalls) {
        if (base instanceof ArrowFunctionExpression && !isParenthesized(base)) return base;
        boolean maybeAsyncArrow = base instanceof Identifier id && id.name() == "async" && prevEnd == base.end()
                && !lx.newlineBefore() && base.end() - base.start() == 5;
        boolean chain = false;
        int links = 0;
        Expression expr = base;
        try {
            while (true) {
                TokenType t = tt();
                if (t == TokenType.DOT) {
                    next();
                    expr = parseMemberName(expr, start, false);
                } else if (t == TokenType.QUESTION_DOT) {
                    if (noCalls) throw error("Invalid optional chain from new expression", tokStart());
                    chain = true;
                    next();
                    if (tt() == TokenType.LPAREN) {
                        List<Expression> args = parseArguments(false);
                        expr = new CallExpression(start, prevEnd, expr, args, true);
                    } else if (tt() == TokenType.LBRACKET) {
                        next();
                        Expression prop = parseExpression(true);
                        expect(TokenType.RBRACKET);
                        expr = new MemberExpression(start, prevEnd, expr, prop, true, true);
                    } else if (tt() == TokenType.TEMPLATE || tt() == TokenType.TEMPLATE_HEAD) {
                        throw error("Invalid tagged template on optional chain", tokStart());
                    } else {
                        expr = parseMemberName(expr, start, true);
                    }
                } else if (t == TokenType.LBRACKET) {
                    next();
                    Expression prop = parseExpression(true);
                    expect(TokenType.RBRACKET);
                    expr = new MemberExpression(start, prevEnd, expr, prop, true, false);
                } else if (t == TokenType.LPAREN && !noCalls) {
                    if (maybeAsyncArrow && links == 0) {
                        Expression r = parseAsyncCallOrArrow(start, expr);
                        if (r instanceof ArrowFunctionExpression) return r;
                        expr = r;
                    } else {
                        List<Expression> args = parseArguments(false);
                        expr = new CallExpression(start, prevEnd, expr, args, false);
                    }
                } else if (t == TokenType.TEMPLATE || t == TokenType.TEMPLATE_HEAD) {
                    if (chain) throw error("Invalid tagged template on optional chain", tokStart());
                    TemplateLiteral quasi = parseTemplate(true);
                    expr = new TaggedTemplateExpression(start, prevEnd, expr, quasi);
                } else {
                    break;
                }
                links++;
                enterNesting(1);
            }
        } finally {
            exitNesting(links);
        }
        return chain ? new ChainExpression(start, prevEnd, expr) : expr;
    }

    /** After {@code .} or {@code ?.}: an IdentifierName or a PrivateIdentifier. */
    private Expression parseMemberName(Expression object, int start, boolean optional) {
        if (tt() == TokenType.PRIVATE_NAME) {
            PrivateIdentifier name = new PrivateIdentifier(tokStart(), lx.end(), lx.value());
            usePrivateName(name);
            next();
            return new PrivateMemberExpression(start, prevEnd, object, name, optional);
        }
        Identifier name = parseIdentifierName();
        return new MemberExpression(start, prevEnd, object, name, false, optional);
    }

    /** Any IdentifierName, reserved words included (property names after {@code .}, keys). */
    final Identifier parseIdentifierName() {
        TokenType t = tt();
        if (t != TokenType.NAME && !t.isKeyword()) throw unexpected();
        Identifier id = new Identifier(tokStart(), lx.end(), t == TokenType.NAME ? lx.value() : t.text());
        next();
        return id;
    }

    /** {@code async(...)}: a call, or the head of an async arrow function (CoverCallExpressionAndAsyncArrowHead). */
    private Expression parseAsyncCallOrArrow(int start, Expression callee) {
        int oy = yieldPos;
        int oa = awaitPos;
        int oai = awaitIdentPos;
        int oInit = coverInitPos;
        int oProto = coverProtoPos;
        yieldPos = awaitPos = awaitIdentPos = coverInitPos = coverProtoPos = -1;
        List<Expression> args = parseArguments(true);
        if (tt() == TokenType.ARROW && !lx.newlineBefore()) {
            if (yieldPos >= 0) throw error("Yield expression not allowed in formal parameter", yieldPos);
            if (awaitPos >= 0) throw error("Illegal await-expression in formal parameters of async function", awaitPos);
            if (awaitIdentPos >= 0) throw error("Unexpected reserved word 'await'", awaitIdentPos);
            if (argsCommaAfterSpread) throw error("A rest parameter or binding pattern may not have a trailing comma", prevEnd);
            List<Pattern> params = toParams(args);
            yieldPos = oy;
            awaitPos = oa;
            awaitIdentPos = oai;
            coverInitPos = oInit;
            coverProtoPos = oProto;
            return parseArrowFunction(start, params, true);
        }
        checkCoverErrors();
        if (oy >= 0) yieldPos = oy;
        if (oa >= 0) awaitPos = oa;
        if (oai >= 0) awaitIdentPos = oai;
        coverInitPos = oInit;
        coverProtoPos = oProto;
        return new CallExpression(start, prevEnd, callee, args, false);
    }

    /** Whether the last argument list had a comma after a spread element (invalid as arrow parameters). */
    private boolean argsCommaAfterSpread;

    final List<Expression> parseArguments(boolean coverable) {
        expect(TokenType.LPAREN);
        ArrayList<Expression> args = new ArrayList<>();
        boolean commaAfterSpreadSeen = false;
        while (tt() != TokenType.RPAREN) {
            Expression arg;
            if (tt() == TokenType.ELLIPSIS) {
                int s = tokStart();
                next();
                Expression inner = parseAssign(true, coverable);
                arg = new SpreadElement(s, prevEnd, inner);
            } else {
                arg = parseAssign(true, coverable);
            }
            args.add(arg);
            if (tt() != TokenType.RPAREN) {
                expect(TokenType.COMMA);
                if (arg instanceof SpreadElement) commaAfterSpreadSeen = true;
            }
        }
        next();
        argsCommaAfterSpread = commaAfterSpreadSeen;
        return freeze(args);
    }

    // ---- Primary expressions (13.2) ----

    final Expression parseAtom() {
        int start = tokStart();
        switch (tt()) {
            case THIS -> {
                next();
                return new ThisExpression(start, prevEnd);
            }
            case NAME -> {
                return parseNameAtom(start);
            }
            case NUMBER -> {
                if (strict && lx.legacyOctalPos() >= 0) {
                    throw error("Octal literals are not allowed in strict mode.", start);
                }
                double v = lx.number();
                next();
                return new NumericLiteral(start, prevEnd, v);
            }
            case BIGINT -> {
                String digits = lx.value();
                next();
                return new BigIntLiteral(start, prevEnd, digits);
            }
            case STRING -> {
                return parseStringLiteral();
            }
            case TEMPLATE, TEMPLATE_HEAD -> {
                return parseTemplate(false);
            }
            case NULL -> {
                next();
                return new NullLiteral(start, prevEnd);
            }
            case TRUE, FALSE -> {
                boolean v = tt() == TokenType.TRUE;
                next();
                return new BooleanLiteral(start, prevEnd, v);
            }
            case SLASH, DIV_ASSIGN -> {
                lx.rescanRegExp();
                String pattern = lx.value();
                String flags = lx.regExpFlags();
                checkRegExp(start, pattern, flags);
                next();
                return new RegExpLiteral(start, prevEnd, pattern, flags);
            }
            case LPAREN -> {
                return parseParenthesized(start);
            }
            case LBRACKET -> {
                return parseArrayLiteral();
            }
            case LBRACE -> {
                return parseObjectLiteral();
            }
            case FUNCTION -> {
                return parseFunctionExpression(start, false);
            }
            case CLASS -> {
                return parseClassExpression();
            }
            case NEW -> {
                return parseNew();
            }
            case SUPER -> {
                return parseSuper(false);
            }
            case IMPORT -> {
                return parseImportExpression();
            }
            default -> throw unexpected();
        }
    }

    final StringLiteral parseStringLiteral() {
        int start = tokStart();
        if (strict && lx.legacyOctalPos() >= 0) {
            throw error("Octal escape sequences are not allowed in strict mode.", lx.legacyOctalPos());
        }
        String v = lx.value();
        next();
        return new StringLiteral(start, prevEnd, v);
    }

    private Expression parseNameAtom(int start) {
        if (isContextual("async")) {
            Lexer.State s = lx.save();
            lx.next();
            boolean sameLine = !lx.newlineBefore();
            TokenType after = lx.type();
            lx.restore(s);
            if (sameLine && after == TokenType.FUNCTION) {
                next();
                return parseFunctionExpression(start, true);
            }
            if (sameLine && after == TokenType.NAME && isAsyncArrowWithIdentifier()) {
                // async x => ...
                next();
                Identifier param = parseBindingIdentifier();
                if (tt() != TokenType.ARROW || lx.newlineBefore()) throw unexpected();
                if (param.name() == "await") throw error("Unexpected reserved word 'await'", param.start());
                return parseArrowFunction(start, List.of(param), true);
            }
        }
        Identifier id = parseIdentifierReference();
        if (tt() == TokenType.ARROW && !lx.newlineBefore()) {
            checkBindingName(id);
            return parseArrowFunction(start, List.of(id), false);
        }
        return id;
    }

    /** {@code async x =>}: the current token is {@code async}, followed by a name. */
    private boolean isAsyncArrowWithIdentifier() {
        Lexer.State s = lx.save();
        lx.next();
        lx.next();
        boolean arrow = lx.type() == TokenType.ARROW;
        lx.restore(s);
        return arrow;
    }

    /** IdentifierReference (13.1). */
    final Identifier parseIdentifierReference() {
        if (tt() != TokenType.NAME) throw unexpected();
        String name = lx.value();
        int start = tokStart();
        checkIdentifier(name, start, lx.escapedKeyword());
        next();
        return new Identifier(start, prevEnd, name);
    }

    /** BindingIdentifier (13.1, 14.3.1): also not eval/arguments in strict code. */
    final Identifier parseBindingIdentifier() {
        Identifier id = parseIdentifierReference();
        checkBindingName(id);
        return id;
    }

    private Expression parseParenthesized(int start) {
        next();
        int oy = yieldPos;
        int oa = awaitPos;
        int oai = awaitIdentPos;
        int oInit = coverInitPos;
        int oProto = coverProtoPos;
        yieldPos = awaitPos = awaitIdentPos = coverInitPos = coverProtoPos = -1;
        ArrayList<Expression> items = new ArrayList<>();
        RestElement rest = null;
        int trailingComma = -1;
        int innerStart = tokStart();
        while (tt() != TokenType.RPAREN) {
            if (tt() == TokenType.ELLIPSIS) {
                rest = parseRestElement();
                if (tt() != TokenType.RPAREN) {
                    throw error(tt() == TokenType.COMMA ? "A rest parameter or binding pattern may not have a trailing comma"
                            : "Unexpected token", tokStart());
                }
                break;
            }
            items.add(parseAssign(true, true));
            if (tt() != TokenType.COMMA) break;
            next();
            if (tt() == TokenType.RPAREN) trailingComma = prevEnd - 1;
        }
        int innerEnd = prevEnd;
        int closeParen = tokStart();
        expect(TokenType.RPAREN);
        if (tt() == TokenType.ARROW && !lx.newlineBefore()) {
            if (yieldPos >= 0) throw error("Yield expression not allowed in formal parameter", yieldPos);
            if (awaitPos >= 0) throw error("Illegal await-expression in formal parameters of async function", awaitPos);
            ArrayList<Pattern> params = new ArrayList<>(items.size() + 1);
            for (Expression item : items) params.add(toTarget(item, true));
            if (rest != null) params.add(rest);
            yieldPos = oy;
            awaitPos = oa;
            awaitIdentPos = oai >= 0 ? oai : awaitIdentPos;
            coverInitPos = oInit;
            coverProtoPos = oProto;
            return parseArrowFunction(start, freeze(params), false);
        }
        if (items.isEmpty() && rest == null) throw error("Unexpected token ')'", closeParen);
        if (rest != null) throw error("Unexpected token '...'", rest.start());
        if (trailingComma >= 0) throw error("Unexpected token ')'", closeParen);
        checkCoverErrors();
        if (oy >= 0) yieldPos = oy;
        if (oa >= 0) awaitPos = oa;
        if (oai >= 0) awaitIdentPos = oai;
        coverInitPos = oInit;
        coverProtoPos = oProto;
        Expression e = items.size() == 1 ? items.get(0) : new SequenceExpression(innerStart, innerEnd, freeze(items));
        parenthesized.add(range(e));
        return e;
    }

    private Expression parseArrayLiteral() {
        int start = tokStart();
        next();
        ArrayList<Expression> elements = new ArrayList<>();
        while (tt() != TokenType.RBRACKET) {
            if (tt() == TokenType.COMMA) {
                next();
                elements.add(null);
                continue;
            }
            Expression el;
            if (tt() == TokenType.ELLIPSIS) {
                int s = tokStart();
                next();
                Expression arg = parseAssign(true, true);
                el = new SpreadElement(s, prevEnd, arg);
            } else {
                el = parseAssign(true, true);
            }
            elements.add(el);
            if (tt() != TokenType.RBRACKET) {
                expect(TokenType.COMMA);
                if (el instanceof SpreadElement) commaAfterSpread.add(start);
            }
        }
        next();
        return new ArrayExpression(start, prevEnd, freeze(elements));
    }

    private Expression parseObjectLiteral() {
        int start = tokStart();
        next();
        ArrayList<ObjectMember> props = new ArrayList<>();
        boolean sawProto = false;
        while (tt() != TokenType.RBRACE) {
            ObjectMember m;
            if (tt() == TokenType.ELLIPSIS) {
                int s = tokStart();
                next();
                Expression arg = parseAssign(true, true);
                m = new SpreadElement(s, prevEnd, arg);
            } else {
                Property p = parseObjectProperty();
                if (p.protoSetter()) {
                    if (sawProto && coverProtoPos < 0) coverProtoPos = p.key().start();
                    sawProto = true;
                }
                m = p;
            }
            props.add(m);
            if (tt() != TokenType.RBRACE) {
                expect(TokenType.COMMA);
                if (m instanceof SpreadElement) commaAfterSpread.add(start);
            }
        }
        next();
        return new ObjectExpression(start, prevEnd, freeze(props));
    }

    /** A name token that, after {@code get}/{@code set}/{@code async}/{@code static}, still makes those keywords. */
    final boolean nextIsPropertyNameStart(boolean allowNewline) {
        Lexer.State s = lx.save();
        lx.next();
        TokenType t = lx.type();
        boolean nl = lx.newlineBefore();
        lx.restore(s);
        if (nl && !allowNewline) return false;
        return t == TokenType.NAME || t.isKeyword() || t == TokenType.STRING || t == TokenType.NUMBER
                || t == TokenType.BIGINT || t == TokenType.LBRACKET || t == TokenType.PRIVATE_NAME
                || t == TokenType.STAR;
    }

    private Property parseObjectProperty() {
        int start = tokStart();
        boolean async = false;
        boolean generator = false;
        PropertyKind kind = PropertyKind.INIT;
        if (isContextual("async") && nextIsPropertyNameStart(false)) {
            async = true;
            next();
        }
        if (tt() == TokenType.STAR) {
            generator = true;
            next();
        }
        if (!async && !generator && (isContextual("get") || isContextual("set")) && nextIsPropertyNameStart(true)
                && peek() != TokenType.STAR) {
            kind = lx.value() == "get" ? PropertyKind.GET : PropertyKind.SET;
            next();
        }
        TokenType keyType = tt();
        boolean keyEscapedKeyword = lx.escapedKeyword();
        boolean computed = keyType == TokenType.LBRACKET;
        Node key = parsePropertyKey(false);
        if (kind != PropertyKind.INIT || async || generator || tt() == TokenType.LPAREN) {
            FunctionKind fk = kind == PropertyKind.GET ? FunctionKind.GETTER
                    : kind == PropertyKind.SET ? FunctionKind.SETTER : FunctionKind.METHOD;
            FunctionExpression value = parseMethod(start, fk, async, generator);
            return new Property(start, prevEnd, key, value, kind, kind == PropertyKind.INIT, false, computed, false);
        }
        if (eat(TokenType.COLON)) {
            Expression value = parseAssign(true, true);
            boolean proto = !computed && isProtoKey(key);
            return new Property(start, prevEnd, key, value, PropertyKind.INIT, false, false, computed, proto);
        }
        // Shorthand {a} or CoverInitializedName {a = 1}
        if (keyType != TokenType.NAME || !(key instanceof Identifier id)) throw unexpected();
        checkIdentifier(id.name(), id.start(), keyEscapedKeyword);
        Expression value = id;
        if (tt() == TokenType.ASSIGN) {
            if (coverInitPos < 0) coverInitPos = tokStart();
            next();
            Expression dflt = parseAssign(true, false);
            value = new AssignmentExpression(id.start(), prevEnd, AssignmentOperator.ASSIGN, id, dflt);
        }
        return new Property(start, prevEnd, key, value, PropertyKind.INIT, false, true, false, false);
    }

    private static boolean isProtoKey(Node key) {
        return key instanceof Identifier id && id.name().equals("__proto__")
                || key instanceof StringLiteral s && s.value().equals("__proto__");
    }

    /** PropertyName / ClassElementName: identifier names, literals, computed keys, private names (classes). */
    final Node parsePropertyKey(boolean allowPrivate) {
        int start = tokStart();
        switch (tt()) {
            case STRING -> {
                return parseStringLiteral();
            }
            case NUMBER -> {
                if (strict && lx.legacyOctalPos() >= 0) throw error("Octal literals are not allowed in strict mode.", start);
                double v = lx.number();
                next();
                return new NumericLiteral(start, prevEnd, v);
            }
            case BIGINT -> {
                String digits = lx.value();
                next();
                return new BigIntLiteral(start, prevEnd, digits);
            }
            case LBRACKET -> {
                next();
                Expression e = parseAssign(true, false);
                expect(TokenType.RBRACKET);
                return e;
            }
            case PRIVATE_NAME -> {
                if (!allowPrivate) throw unexpected();
                PrivateIdentifier p = new PrivateIdentifier(start, lx.end(), lx.value());
                next();
                return p;
            }
            default -> {
                return parseIdentifierName();
            }
        }
    }

    // ---- Templates (13.2.8) ----

    final TemplateLiteral parseTemplate(boolean tagged) {
        int start = tokStart();
        ArrayList<TemplateElement> quasis = new ArrayList<>();
        ArrayList<Expression> expressions = new ArrayList<>();
        while (true) {
            TokenType t = tt();
            boolean tail = t == TokenType.TEMPLATE || t == TokenType.TEMPLATE_TAIL;
            if (!tagged && lx.invalidEscapePos() >= 0) throw error(lx.invalidEscapeMessage(), lx.invalidEscapePos());
            int elStart = tokStart() + 1;
            int elEnd = lx.end() - (tail ? 1 : 2);
            quasis.add(new TemplateElement(elStart, elEnd, lx.value(), lx.raw(), tail));
            next();
            if (tail) break;
            expressions.add(parseExpression(true));
            if (tt() != TokenType.RBRACE) throw unexpected();
            lx.rescanTemplateContinuation();
        }
        return new TemplateLiteral(start, prevEnd, freeze(quasis), freeze(expressions));
    }

    // ---- new, super, import (13.3) ----

    private Expression parseNew() {
        int start = tokStart();
        next();
        if (tt() == TokenType.DOT) {
            next();
            if (!isContextual("target")) throw unexpected();
            if (!fn.newTarget) throw error("new.target expression is not allowed here", start);
            next();
            return new MetaProperty(start, prevEnd, MetaPropertyKind.NEW_TARGET);
        }
        if (tt() == TokenType.IMPORT && !nextIsImportMeta()) throw error("Cannot use new with import", tokStart());
        enterNesting();
        int calleeStart = tokStart();
        Expression atom = tt() == TokenType.SUPER ? parseSuper(true) : parseAtom();
        Expression callee = parseSubscripts(atom, calleeStart, true);
        exitNesting();
        List<Expression> args = tt() == TokenType.LPAREN ? parseArguments(false) : List.of();
        return new NewExpression(start, prevEnd, callee, args);
    }

    /** {@code import.meta} follows (the current token is {@code import}). */
    private boolean nextIsImportMeta() {
        Lexer.State s = lx.save();
        lx.next();
        boolean meta = lx.type() == TokenType.DOT;
        if (meta) {
            lx.next();
            meta = lx.type() == TokenType.NAME && lx.value() == "meta" && !lx.escaped();
        }
        lx.restore(s);
        return meta;
    }

    private Expression parseSuper(boolean inNew) {
        int start = tokStart();
        next();
        switch (tt()) {
            case LPAREN -> {
                if (inNew || !fn.superCall) throw error("'super' keyword unexpected here", start);
                List<Expression> args = parseArguments(false);
                return new SuperCall(start, prevEnd, args);
            }
            case DOT -> {
                if (!fn.superProperty) throw error("'super' keyword unexpected here", start);
                next();
                Identifier name = parseIdentifierName();
                return new SuperMemberExpression(start, prevEnd, name, false);
            }
            case LBRACKET -> {
                if (!fn.superProperty) throw error("'super' keyword unexpected here", start);
                next();
                Expression prop = parseExpression(true);
                expect(TokenType.RBRACKET);
                return new SuperMemberExpression(start, prevEnd, prop, true);
            }
            default -> throw error("'super' keyword unexpected here", start);
        }
    }

    private Expression parseImportExpression() {
        int start = tokStart();
        next();
        ImportPhase phase = ImportPhase.EVALUATION;
        if (tt() == TokenType.DOT) {
            next();
            if (isContextual("meta")) {
                if (!module) throw error("Cannot use 'import.meta' outside a module", start);
                next();
                return new MetaProperty(start, prevEnd, MetaPropertyKind.IMPORT_META);
            }
            if (isContextual("source")) phase = ImportPhase.SOURCE;
            else if (isContextual("defer")) phase = ImportPhase.DEFER;
            else throw unexpected();
            next();
        }
        if (tt() != TokenType.LPAREN) throw unexpected();
        next();
        if (tt() == TokenType.RPAREN || tt() == TokenType.ELLIPSIS) throw unexpected();
        Expression specifier = parseAssign(true, false);
        Expression opts = null;
        if (eat(TokenType.COMMA) && tt() != TokenType.RPAREN) {
            opts = parseAssign(true, false);
            eat(TokenType.COMMA);
        }
        expect(TokenType.RPAREN);
        return new ImportExpression(start, prevEnd, specifier, opts, phase);
    }

    // ---- Private names ----

    final void usePrivateName(PrivateIdentifier name) {
        if (classContext != null) {
            classContext.unresolved.add(name);
        } else if (!options.privateNames().contains(name.name())) {
            throw error("Private field '#" + name.name() + "' must be declared in an enclosing class", name.start());
        }
    }

    // ---- Binding patterns (14.3.3) parsed directly ----

    /** BindingElement: a BindingIdentifier or BindingPattern, with an optional default. */
    final Pattern parseBindingElement() {
        int start = tokStart();
        Pattern target = parseBindingTarget();
        if (tt() != TokenType.ASSIGN) return target;
        next();
        Expression dflt = parseAssign(true, false);
        return new AssignmentPattern(start, prevEnd, target, dflt);
    }

    final Pattern parseBindingTarget() {
        return switch (tt()) {
            case LBRACKET -> parseArrayBindingPattern();
            case LBRACE -> parseObjectBindingPattern();
            default -> parseBindingIdentifier();
        };
    }

    final RestElement parseRestElement() {
        int start = tokStart();
        expect(TokenType.ELLIPSIS);
        Pattern arg = parseBindingTarget();
        if (tt() == TokenType.ASSIGN) throw error("Rest parameter may not have a default initializer", tokStart());
        return new RestElement(start, prevEnd, arg);
    }

    private Pattern parseArrayBindingPattern() {
        int start = tokStart();
        enterNesting();
        next();
        ArrayList<Pattern> elements = new ArrayList<>();
        while (tt() != TokenType.RBRACKET) {
            if (tt() == TokenType.COMMA) {
                next();
                elements.add(null);
                continue;
            }
            if (tt() == TokenType.ELLIPSIS) {
                elements.add(parseRestElement());
                if (tt() != TokenType.RBRACKET) {
                    throw error("Rest element must be last element", tokStart());
                }
                break;
            }
            elements.add(parseBindingElement());
            if (tt() != TokenType.RBRACKET) expect(TokenType.COMMA);
        }
        next();
        exitNesting();
        return new ArrayPattern(start, prevEnd, freeze(elements));
    }

    private Pattern parseObjectBindingPattern() {
        int start = tokStart();
        enterNesting();
        next();
        ArrayList<ObjectPatternMember> props = new ArrayList<>();
        while (tt() != TokenType.RBRACE) {
            if (tt() == TokenType.ELLIPSIS) {
                int s = tokStart();
                next();
                Identifier id = parseBindingIdentifier();
                props.add(new RestElement(s, prevEnd, id));
                if (tt() != TokenType.RBRACE) throw error("Rest element must be last element", tokStart());
                break;
            }
            int s = tokStart();
            TokenType keyType = tt();
            boolean keyEscapedKeyword = lx.escapedKeyword();
            boolean computed = keyType == TokenType.LBRACKET;
            Node key = parsePropertyKey(false);
            Pattern value;
            boolean shorthand = false;
            if (eat(TokenType.COLON)) {
                value = parseBindingElement();
            } else {
                if (keyType != TokenType.NAME || !(key instanceof Identifier id)) throw unexpected();
                checkIdentifier(id.name(), id.start(), keyEscapedKeyword);
                checkBindingName(id);
                shorthand = true;
                value = id;
                if (tt() == TokenType.ASSIGN) {
                    next();
                    Expression dflt = parseAssign(true, false);
                    value = new AssignmentPattern(id.start(), prevEnd, id, dflt);
                }
            }
            props.add(new PatternProperty(s, prevEnd, key, value, computed, shorthand));
            if (tt() != TokenType.RBRACE) expect(TokenType.COMMA);
        }
        next();
        exitNesting();
        return new ObjectPattern(start, prevEnd, freeze(props));
    }

    // ---- Cover grammar: expressions re-read as patterns ----

    /** Arguments of {@code async(...)} re-read as arrow parameters. */
    private List<Pattern> toParams(List<Expression> args) {
        ArrayList<Pattern> params = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            Expression a = args.get(i);
            if (a instanceof SpreadElement s) {
                if (i != args.size() - 1) throw error("Rest parameter must be last formal parameter", s.start());
                Pattern arg = toTarget(s.argument(), true);
                if (arg instanceof AssignmentPattern) throw error("Rest parameter may not have a default initializer", s.start());
                params.add(new RestElement(s.start(), s.end(), arg));
            } else {
                params.add(toTarget(a, true));
            }
        }
        return freeze(params);
    }

    /**
     * Re-reads an expression as a destructuring assignment target ({@code binding} false, 13.15.5) or as
     * a binding pattern of arrow parameters ({@code binding} true, 14.3.3). Nodes already converted
     * (from a nested {@code =}) are re-checked for the binding case.
     */
    final Pattern toTarget(Node e, boolean binding) {
        if (isParenthesized(e) && (binding || !(e instanceof Identifier || e instanceof MemberExpression
                || e instanceof PrivateMemberExpression || e instanceof SuperMemberExpression))) {
            throw error(binding ? "Invalid destructuring assignment target" : "Invalid left-hand side in assignment", e.start());
        }
        if (e instanceof Identifier id) {
            if (strict && isEvalOrArguments(id.name())) throw error("Unexpected eval or arguments in strict mode", id.start());
            return id;
        }
        if (e instanceof MemberExpression || e instanceof PrivateMemberExpression || e instanceof SuperMemberExpression) {
            if (binding) throw error("Invalid destructuring assignment target", e.start());
            return (Pattern) e;
        }
        if (e instanceof ObjectExpression o) {
            if (commaAfterSpread.contains(o.start())) throw error("Rest element must be last element", o.start());
            ArrayList<ObjectPatternMember> props = new ArrayList<>(o.properties().size());
            for (ObjectMember m : o.properties()) {
                if (m instanceof SpreadElement s) {
                    Pattern arg = toTarget(s.argument(), binding);
                    if (!(arg instanceof Identifier) && (binding || arg instanceof ObjectPattern || arg instanceof ArrayPattern
                            || arg instanceof AssignmentPattern)) {
                        throw error("`...` must be followed by an assignable reference in assignment contexts", s.argument().start());
                    }
                    props.add(new RestElement(s.start(), s.end(), arg));
                } else {
                    Property p = (Property) m;
                    if (p.kind() != PropertyKind.INIT || p.method()) throw error("Invalid destructuring assignment target", p.start());
                    Pattern value = toTarget(p.value(), binding);
                    props.add(new PatternProperty(p.start(), p.end(), p.key(), value, p.computed(), p.shorthand()));
                }
            }
            return new ObjectPattern(o.start(), o.end(), freeze(props));
        }
        if (e instanceof ArrayExpression a) {
            if (commaAfterSpread.contains(a.start())) throw error("Rest element must be last element", a.start());
            ArrayList<Pattern> elements = new ArrayList<>(a.elements().size());
            for (Expression el : a.elements()) {
                if (el == null) {
                    elements.add(null);
                } else if (el instanceof SpreadElement s) {
                    Pattern arg = toTarget(s.argument(), binding);
                    if (arg instanceof AssignmentPattern) throw error("Invalid destructuring assignment target", s.argument().start());
                    elements.add(new RestElement(s.start(), s.end(), arg));
                } else {
                    elements.add(toTarget(el, binding));
                }
            }
            return new ArrayPattern(a.start(), a.end(), freeze(elements));
        }
        if (e instanceof AssignmentExpression ae) {
            if (ae.operator() != AssignmentOperator.ASSIGN) throw error("Invalid destructuring assignment target", ae.start());
            Pattern left = toTarget(ae.left(), binding);
            return new AssignmentPattern(ae.start(), ae.end(), left, ae.right());
        }
        if (e instanceof AssignmentPattern ap) {
            return binding ? new AssignmentPattern(ap.start(), ap.end(), toTarget(ap.left(), true), ap.right()) : ap;
        }
        if (e instanceof ObjectPattern || e instanceof ArrayPattern || e instanceof RestElement) {
            if (binding) checkBindingPattern((Pattern) e);
            return (Pattern) e;
        }
        throw error(binding ? "Invalid destructuring assignment target" : "Invalid left-hand side in assignment", e.start());
    }

    /** A pattern built for assignment, now used as a binding: no member expressions allowed. */
    private void checkBindingPattern(Pattern p) {
        if (p == null) return;
        if (p instanceof Identifier id) {
            checkBindingName(id);
        } else if (p instanceof ObjectPattern o) {
            for (ObjectPatternMember m : o.properties()) {
                if (m instanceof PatternProperty pp) checkBindingPattern(pp.value());
                else checkBindingPattern(((RestElement) m).argument());
            }
        } else if (p instanceof ArrayPattern a) {
            for (Pattern el : a.elements()) checkBindingPattern(el);
        } else if (p instanceof AssignmentPattern ap) {
            checkBindingPattern(ap.left());
        } else if (p instanceof RestElement r) {
            checkBindingPattern(r.argument());
        } else {
            throw error("Invalid destructuring assignment target", p.start());
        }
    }

    /** Collects the names a pattern binds (BoundNames, 8.2.1). */
    static void boundNames(Pattern p, List<Identifier> out) {
        if (p == null) return;
        if (p instanceof Identifier id) {
            out.add(id);
        } else if (p instanceof ObjectPattern o) {
            for (ObjectPatternMember m : o.properties()) {
                if (m instanceof PatternProperty pp) boundNames(pp.value(), out);
                else boundNames(((RestElement) m).argument(), out);
            }
        } else if (p instanceof ArrayPattern a) {
            for (Pattern el : a.elements()) boundNames(el, out);
        } else if (p instanceof AssignmentPattern ap) {
            boundNames(ap.left(), out);
        } else if (p instanceof RestElement r) {
            boundNames(r.argument(), out);
        }
    }
}
