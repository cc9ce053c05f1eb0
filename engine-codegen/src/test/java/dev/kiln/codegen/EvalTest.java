package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.parser.Source;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import org.junit.jupiter.api.Test;

/** Direct and indirect eval (19.2.1.1 PerformEval, 19.2.1.3 EvalDeclarationInstantiation). */
class EvalTest {
    private static String run(String code) {
        Realm realm = new Realm();
        return Conversion.toString(ScriptEvaluator.of(realm).evaluate(new Source("test.js", code)));
    }

    /** The name and message of what {@code code} throws. */
    private static String error(String code) {
        Realm realm = new Realm();
        try {
            ScriptEvaluator.of(realm).evaluate(new Source("test.js", code));
        } catch (JSException e) {
            JSObject error = (JSObject) e.value(realm);
            return Conversion.toString(error.get("name", error)) + ": " + Conversion.toString(error.get("message", error));
        }
        throw new AssertionError("no exception");
    }

    @Test
    void seesTheCallersBindings() {
        assertEquals("16", run("var x = 10; function f(a) { var y = 5; return eval('a + y + x'); } f(1)"));
        assertEquals("8", run("function f() { { let l = 4; return eval('l * 2'); } } f()"));
        assertEquals("2", run("function f() { var n = 1; return eval(\"eval('n + 1')\"); } f()"));
        assertEquals("3", run("function f() { var c = 1; var g = () => eval('c += 2'); g(); return c; } f()"));
        assertEquals("6", run("function f() { var a = 1; eval('a = 6'); return a; } f()"));
    }

    @Test
    void completionValue() {
        assertEquals("3", run("eval('1 + 2')"));
        assertEquals("undefined", run("eval('')"));
        assertEquals("undefined", run("eval('/* only a comment */ // and another')"));
        assertTrue(error("eval('/* unterminated')").startsWith("SyntaxError"));
        assertEquals("undefined", run("typeof eval('var q = 1')"));
        assertEquals("2", run("eval('1; if (true) { 2; }')"));
        assertEquals("undefined", run("eval('1; if (false) { 2; }')"));
    }

    @Test
    void nonStringsAreReturnedAsIs() {
        assertEquals("true", run("var o = {}; eval(o) === o"));
        assertEquals("undefined", run("eval()"));
        assertEquals("1", run("eval(1, 2)"));
    }

    @Test
    void sloppyVarsGoToTheCallersVarScope() {
        assertEquals("7", run("function f() { eval('var z = 7'); return z; } f()"));
        assertEquals("42", run("function f() { eval('function inner() { return 42; }'); return inner(); } f()"));
        assertEquals("true undefined", run("function f() { eval('var d = 1'); var r = delete d; return r + ' ' + typeof d; } f()"));
        assertEquals("2", run("var x = 1; function f() { eval('var x = 2'); return x; } f()"));
        assertEquals("1", run("var x = 1; function f() { eval('var x = 2'); } f(); x"));
        // a var of the same name as a parameter is the parameter
        assertEquals("5", run("function f(a) { eval('var a = 5'); return a; } f(1)"));
        // eval-made vars shadow a function expression's own name
        assertEquals("2", run("(function f() { eval('var f = 2'); return f; })()"));
    }

    @Test
    void globalVarsAreConfigurable() {
        assertEquals("3 true", run("eval('var gv = 3'); gv + ' ' + Object.getOwnPropertyDescriptor(this, 'gv').configurable"));
        assertEquals("true", run("eval('function gf() {}'); Object.getOwnPropertyDescriptor(this, 'gf').configurable"));
        assertEquals("false", run("var sv; Object.getOwnPropertyDescriptor(this, 'sv').configurable"));
    }

    @Test
    void strictEvalKeepsItsVars() {
        assertEquals("undefined", run("function f() { 'use strict'; eval('var q = 1'); return typeof q; } f()"));
        assertEquals("undefined", run("function f() { eval('\"use strict\"; var q = 1'); return typeof q; } f()"));
        assertEquals("undefined", run("eval('\"use strict\"; var q = 1'); typeof q"));
    }

    @Test
    void varHoistingOverALexicalBindingIsASyntaxError() {
        assertTrue(error("function f() { let c; eval('var c'); } f()").startsWith("SyntaxError"));
        assertTrue(error("function f() { { let c; eval('var c'); } } f()").startsWith("SyntaxError"));
        assertTrue(error("let g = 1; eval('var g')").startsWith("SyntaxError"));
        // B.3.4: a catch parameter does not count
        assertEquals("undefined", run("try { throw 1; } catch (e) { eval('var e'); } typeof e"));
    }

    @Test
    void thisNewTargetSuperAndArguments() {
        assertEquals("true", run("function t() { return eval('this'); } var o = {}; t.call(o) === o"));
        assertEquals("true", run("function t() { return eval('this'); } t() === this"));
        assertEquals("true", run("var o = { m() { return eval('super.toString') === Object.prototype.toString; } }; o.m()"));
        assertEquals("true false", run("var r = []; function nt() { r.push(eval('new.target') === nt); } new nt(); nt(); r.join(' ')"));
        assertEquals("9", run("function ar(a) { eval('arguments[0] = 9'); return a; } ar(1)"));
        assertEquals("true", run("var f = () => eval('this'); f() === this"));
        assertTrue(error("eval('new.target')").startsWith("SyntaxError"));
        assertTrue(error("function f() { eval('super.x'); } f()").startsWith("SyntaxError"));
    }

    @Test
    void annexBFunctionsInBlocks() {
        assertEquals("b", run("function f() { eval('{ function bf() { return \"b\"; } }'); return bf(); } f()"));
        assertEquals("function", run("eval('if (true) function g() {}'); typeof g"));
        assertEquals("undefined", run("function f() { let h = 1; eval('{ function h() {} }'); return typeof h; } 'undefined'"));
    }

    @Test
    void parameterExpressionsSeeTheirOwnVarScope() {
        assertEquals("1", run("function f(a = eval('var x = 1'), b = () => x) { var x = 2; return b(); } f()"));
        assertTrue(error("function f(a, b = eval('var a')) {} f()").startsWith("SyntaxError"));
    }

    @Test
    void indirectEvalIsGlobalCode() {
        assertEquals("number", run("var x = 1; function f() { var x = 'local'; return (0, eval)('typeof x'); } f()"));
        assertEquals("true", run("function f() { (0, eval)('var iv = 1'); } f(); Object.getOwnPropertyDescriptor(this, 'iv').configurable"));
        assertEquals("true", run("function f() { 'use strict'; return (0, eval)('this'); } f() === this"));
    }

    @Test
    void anEvalThatIsNotTheIntrinsicIsAnOrdinaryCall() {
        assertEquals("x", run("function f() { var eval = function(s) { return s; }; return eval('x'); } f()"));
        assertEquals("true", run("var o = { eval(s) { return this === o; } }; with (o) { eval('1') }"));
    }

    @Test
    void anUncaughtStackOverflowIsARangeError() {
        assertEquals("RangeError: Maximum call stack size exceeded", error("function f() { return eval('f()'); } f()"));
    }

    @Test
    void evalCodeIsCached() {
        assertEquals("45", run("var s = 0; function f(i) { return eval('i'); } for (var i = 0; i < 10; i++) s += f(i); s"));
    }

    @Test
    void eachEvaluationParsesAnewForTemplateObjects() {
        // 13.2.8.4: template objects belong to their site, and each eval or Function call parses again.
        assertEquals("false false true", run("var objs = []; function tag(t) { objs.push(t); }"
                + " for (var i = 0; i < 2; i++) eval('tag`x`'); for (var i = 0; i < 2; i++) Function('tag', 'tag`x`')(tag);"
                + " function same() { tag`y`; } same(); same();"
                + " [objs[0] === objs[1], objs[2] === objs[3], objs[4] === objs[5]].join(' ')"));
        assertEquals("false", run("var objs = []; function tag(t) { objs.push(t); } tag`z`; tag`z`; objs[0] === objs[1]"));
    }

    @Test
    void stackTracesNameTheEvalsOrigin() {
        String stack = run("function f() { throw new Error('boom'); }\nfunction g() { return eval('\\n  f()'); }\n"
                + "try { g(); } catch (e) { e.stack }");
        assertTrue(stack.contains("at eval (eval at g (test.js:2:23), <anonymous>:2:3)"), stack);
    }

    @Test
    void functionConstructor() {
        assertEquals("5", run("new Function('a', 'b', 'return a + b')(2, 3)"));
        assertEquals("5", run("Function('a, b', 'return a + b')(2, 3)"));
        assertEquals("function anonymous(a,b\n) {\nreturn a\n}", run("Function('a,b', 'return a').toString()"));
        assertEquals("anonymous", run("Function('').name"));
        assertEquals("true", run("var x = 'global'; function f() { var x = 'local'; return Function('return x')(); } f() === 'global'"));
        assertEquals("true", run("Function('return this')() === this"));
        assertTrue(error("Function('a', '}')").startsWith("SyntaxError"));
        assertEquals("true", run("function C() {} C.prototype = Object.create(Function.prototype);"
                + " Object.getPrototypeOf(Reflect.construct(Function, ['return 1'], C)) === C.prototype"));
    }
}
