package dev.kiln.parser;

import dev.kiln.parser.ast.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.kiln.parser.ParseHelper.*;
import static org.junit.jupiter.api.Assertions.*;

class GrammarTest {

    @Test
    void automaticSemicolonInsertion() {
        // return [no LineTerminator here] Expression
        FunctionDeclaration f = (FunctionDeclaration) script("function f() { return\n1 }").body().get(0);
        assertNull(((ReturnStatement) f.body().body().get(0)).argument());
        // postfix ++ may not follow a line break: a; ++b
        List<ModuleItem> body = script("a\n++b").body();
        assertEquals(2, body.size());
        assertTrue(((UpdateExpression) ((ExpressionStatement) body.get(1)).expression()).prefix());
        // no ASI before ( : a call
        assertInstanceOf(CallExpression.class, expr("a\n(b)"));
        assertEquals("Illegal newline after throw", scriptError("throw\nx").problem());
        assertEquals(2, script("do ; while (0) x").body().size());
        scriptError("a b");
        // arrows: [no LineTerminator here] =>
        scriptError("x\n=> 1");
        // async [no LineTerminator here] function
        assertEquals(2, script("async\nfunction f() {}").body().size());
    }

    @Test
    void regexpOrDivisionDependsOnContext() {
        assertInstanceOf(BinaryExpression.class, expr("a / b / c"));
        assertInstanceOf(RegExpLiteral.class, ((AssignmentExpression) expr("x = /b/g")).right());
        IfStatement s = (IfStatement) script("if (x) /re/.test(y)").body().get(0);
        assertInstanceOf(ExpressionStatement.class, s.consequent());
        assertInstanceOf(BinaryExpression.class, expr("(a) / 2 / 1"));
        assertInstanceOf(RegExpLiteral.class, ((UnaryExpression) expr("!/=/")).argument());
        assertInstanceOf(BinaryExpression.class, expr("a++ / 2"));
    }

    @Test
    void arrowParametersComeFromTheParenthesizedCover() {
        ArrowFunctionExpression a = (ArrowFunctionExpression) expr("(a, {b, c: [d = 1]}, ...e) => a");
        assertEquals(3, a.params().size());
        assertInstanceOf(ObjectPattern.class, a.params().get(1));
        assertInstanceOf(RestElement.class, a.params().get(2));
        assertFalse(a.simpleParameterList());
        assertTrue(a.expression());
        assertInstanceOf(SequenceExpression.class, expr("(a, b)"));
        scriptError("((a)) => 1");
        scriptError("(a, ...b,) => 1");
        scriptError("(...a)");
        assertEquals("Duplicate parameter name not allowed in this context", scriptError("(a, a) => 1").problem());
        scriptError("a + b => 1");
    }

    @Test
    void asyncArrowOrCall() {
        ArrowFunctionExpression a = (ArrowFunctionExpression) expr("async (a, b) => a");
        assertTrue(a.async());
        CallExpression c = (CallExpression) expr("async (a, b)");
        assertEquals("async", ((Identifier) c.callee()).name());
        assertTrue(((ArrowFunctionExpression) expr("async x => x")).async());
        scriptError("async (await) => 1");
        scriptError("async\n(a) => a");
    }

    @Test
    void destructuringAssignmentCover() {
        AssignmentExpression e = (AssignmentExpression) expr("({a, b: c.d, ...e} = f)");
        assertInstanceOf(ObjectPattern.class, e.left());
        AssignmentExpression arr = (AssignmentExpression) expr("[a = 1, [b], ...c] = d");
        assertInstanceOf(AssignmentPattern.class, ((ArrayPattern) arr.left()).elements().get(0));
        assertEquals("Invalid shorthand property initializer", scriptError("({a = 1})").problem());
        script("({a = 1} = b)");
        // duplicate __proto__ is allowed in patterns, not in literals
        script("({__proto__: a, __proto__: b} = c)");
        assertEquals("Duplicate __proto__ fields are not allowed in object literals",
                scriptError("({__proto__: a, __proto__: b})").problem());
        scriptError("({a}) = 1");
        scriptError("[...a,] = b");
        scriptError("a?.b = 1");
        scriptError("[(a = 1)] = b");
        script("[(a)] = b");
    }

    @Test
    void contextualKeywords() {
        script("var let = 1; let\nx = 2");
        assertEquals("let", ((Identifier) expr("let")).name());
        strictError("var let = 1");
        script("var async = 1; async = async + 1; var of, get, set, static, as, from, target, meta, using;");
        script("var yield = 1; var await = 2;");
        moduleError("var await = 1;");
        scriptError("function* g() { var yield; }");
        scriptError("async function f() { var await; }");
        script("class C { get; set; static; async; get get() {} set set(v) {} static static() {} }");
        script("({ get: 1, set() {}, async: 2, get async() {} })");
        scriptError("let let = 1");
        scriptError("for (let of [])");
        scriptError("if (1) let [a] = b;");
    }

    @Test
    void optionalChains() {
        ChainExpression c = (ChainExpression) expr("a?.b.c()");
        CallExpression call = (CallExpression) c.expression();
        assertFalse(call.optional());
        MemberExpression bc = (MemberExpression) call.callee();
        assertTrue(((MemberExpression) bc.object()).optional());
        assertInstanceOf(ChainExpression.class, ((MemberExpression) expr("(a?.b).c")).object());
        assertEquals("Invalid tagged template on optional chain", scriptError("a?.b`x`").problem());
        scriptError("new a?.b()");
    }

    @Test
    void coalesceDoesNotMixWithLogicalOperators() {
        scriptError("a ?? b || c");
        scriptError("a && b ?? c");
        script("(a ?? b) || c; a ?? (b && c)");
    }

    @Test
    void exponentiationOperand() {
        scriptError("-a ** 2");
        script("(-a) ** 2; a ** -b");
        BinaryExpression e = (BinaryExpression) expr("a ** b ** c");
        assertInstanceOf(BinaryExpression.class, e.right());
    }

    @Test
    void classes() {
        ClassDeclaration c = (ClassDeclaration) script(
                "class A extends B { #x = 1; static #y; constructor() { super(); } get #z() { return #x in this; }"
                + " set #z(v) {} static { this.#y = 1; } [k]() {} static async *gen() {} }").body().get(0);
        MethodDefinition ctor = (MethodDefinition) c.body().get(2);
        assertEquals(MethodKind.CONSTRUCTOR, ctor.kind());
        assertEquals(FunctionKind.DERIVED_CONSTRUCTOR, ctor.value().kind());
        assertTrue(ctor.value().strict());
        assertInstanceOf(StaticBlock.class, c.body().get(5));
        assertEquals("Private field '#q' must be declared in an enclosing class", scriptError("class A { m() { this.#q } }").problem());
        scriptError("class A { #a; #a; }");
        scriptError("class A { constructor() { super(); } }");
        scriptError("class A { m() { super(); } }");
        scriptError("function f() { super.x }");
        scriptError("class A { x = arguments; }");
        scriptError("class A { static { await; } }");
        scriptError("class A { static prototype() {} }");
        scriptError("class A { constructor() {} constructor() {} }");
        scriptError("class A { m() { delete this.#m; } #m; }");
    }

    @Test
    void functionsRecordKindAndStrictness() {
        FunctionDeclaration f = (FunctionDeclaration) script("function f(a, b = 1) {}").body().get(0);
        assertFalse(f.simpleParameterList());
        f = (FunctionDeclaration) script("function f(a) { 'use strict'; }").body().get(0);
        assertTrue(f.strict());
        assertTrue(((ExpressionStatement) f.body().body().get(0)).directive().equals("use strict"));
        assertEquals("Illegal 'use strict' directive in function with non-simple parameter list",
                scriptError("function f(a = 1) { 'use strict'; }").problem());
        scriptError("function f(a, a) { 'use strict'; }");
        script("function f(a, a) {}");
        scriptError("function eval() { 'use strict'; }");
        scriptError("function f() { '\\07'; 'use strict'; }");
        Property m = (Property) ((ObjectExpression) expr("({ *m() {} })")).properties().get(0);
        FunctionExpression fe = (FunctionExpression) m.value();
        assertTrue(fe.generator());
        assertEquals(FunctionKind.METHOD, fe.kind());
    }

    @Test
    void declarationEarlyErrors() {
        assertEquals("Identifier 'x' has already been declared", scriptError("let x; var x;").problem());
        scriptError("var x; let x;");
        scriptError("{ var x; } let x;");
        scriptError("const x;");
        scriptError("function f(a) { let a; }");
        scriptError("try {} catch (e) { let e; }");
        script("try {} catch (e) { var e; }");
        script("{ function f() {} function f() {} }");
        strictError("{ function f() {} function f() {} }");
        scriptError("for (let x of y) { var x; }");
        moduleError("function f() {} function f() {}");
    }

    @Test
    void labelsAndJumps() {
        script("a: b: while (1) { continue a; }");
        assertEquals("Illegal continue statement: 'a' does not denote an iteration statement",
                scriptError("a: { continue a; }").problem());
        assertEquals("Undefined label 'b'", scriptError("a: while (1) break b;").problem());
        assertEquals("Label 'a' has already been declared", scriptError("a: a: ;").problem());
        assertEquals("Illegal break statement", scriptError("break;").problem());
        assertEquals("Illegal return statement", scriptError("return;").problem());
        scriptError("while (1) { function f() { break; } }");
    }

    @Test
    void strictModeRules() {
        assertEquals("Strict mode code may not include a with statement", strictError("with (a) {}").problem());
        assertEquals("Delete of an unqualified identifier in strict mode.", strictError("delete x").problem());
        strictError("eval = 1");
        strictError("arguments++");
        strictError("var public;");
        script("delete x; with (a) {}");
        assertTrue(script("'use strict'; x").strict());
    }

    @Test
    void modules() {
        Program p = module("import a, {b as c, 'd e' as f} from 'm' with { type: 'json' };"
                + "export * as ns from 'n'; export { a as default2, c }; export default class {}; await x;"
                + "export const [g] = h; import.meta.url;");
        assertEquals(SourceType.MODULE, p.sourceType());
        assertTrue(p.strict());
        ImportDeclaration imp = (ImportDeclaration) p.body().get(0);
        assertEquals(3, imp.specifiers().size());
        assertEquals("type", imp.attributes().get(0).key().exportName());
        assertEquals("Duplicate export of 'a'", moduleError("var a; export {a}; export {a};").problem());
        assertEquals("Export 'q' is not defined in module", moduleError("export {q};").problem());
        scriptError("import a from 'm';");
        assertEquals("Cannot use 'import.meta' outside a module", scriptError("import.meta").problem());
        moduleError("import {a} from 'm'; let a;");
        moduleError("export {'\\uD800' as x} from 'm';");
        script("import('m', { with: { type: 'json' } })");
    }

    @Test
    void importPhases() {
        Program p = module("import source s from 'a'; import defer * as ns from 'b'; import source from 'c';"
                + "import.source('d'); import.defer('e');");
        assertEquals(ImportPhase.SOURCE, ((ImportDeclaration) p.body().get(0)).phase());
        assertEquals(ImportPhase.DEFER, ((ImportDeclaration) p.body().get(1)).phase());
        ImportDeclaration plain = (ImportDeclaration) p.body().get(2);
        assertEquals(ImportPhase.EVALUATION, plain.phase());
        assertEquals("source", ((ImportDefaultSpecifier) plain.specifiers().get(0)).local().name());
        ImportExpression call = (ImportExpression) ((ExpressionStatement) p.body().get(3)).expression();
        assertEquals(ImportPhase.SOURCE, call.phase());
        moduleError("import defer x from 'm';");
        scriptError("new import.source('m')");
    }

    @Test
    void usingDeclarations() {
        VariableDeclaration d = (VariableDeclaration) ((BlockStatement) script("{ using x = a; }").body().get(0)).body().get(0);
        assertEquals(VariableKind.USING, d.kind());
        module("await using y = b;");
        scriptError("using x = a;");
        scriptError("{ using x; }");
        scriptError("{ using {x} = a; }");
        assertInstanceOf(ExpressionStatement.class, ((BlockStatement) script("{ using [x] = a; }").body().get(0)).body().get(0));
        assertInstanceOf(ForOfStatement.class, script("for (using of of [0]) ;").body().get(0));
    }

    @Test
    void annexBWebCompatibility() {
        IfStatement annexB = (IfStatement) script("if (x) function f() {}").body().get(0);
        assertInstanceOf(FunctionDeclaration.class, ((BlockStatement) annexB.consequent()).body().get(0));
        strictError("if (x) function f() {}");
        script("l: function f() {}");
        scriptError("while (1) l: function f() {}");
        script("for (var i = 0 in {});");
        strictError("for (var i = 0 in {});");
        script("f() = 1; f()++; for (f() in x);");
        strictError("f() = 1");
        scriptError("f() &&= 1");
    }
}
