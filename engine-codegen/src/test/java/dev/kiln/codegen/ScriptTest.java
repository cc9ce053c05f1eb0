package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.parser.Source;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import org.junit.jupiter.api.Test;

class ScriptTest {
    private static String run(String code) {
        Realm realm = new Realm();
        Object result = ScriptEvaluator.of(realm).evaluate(new Source("test.js", code));
        return Conversion.toString(result);
    }

    @Test
    void arithmeticAndVariables() {
        assertEquals("3", run("1 + 2"));
        assertEquals("10", run("var x = 4; x + 6"));
        assertEquals("hello world", run("let a = 'hello'; const b = ' world'; a + b"));
    }

    @Test
    void functionsAndClosures() {
        assertEquals("120", run("function f(n) { return n <= 1 ? 1 : n * f(n - 1); } f(5)"));
        assertEquals("3", run("function counter() { let c = 0; return () => ++c; } var k = counter(); k(); k(); k()"));
    }

    @Test
    void loopsAndObjects() {
        assertEquals("45", run("var s = 0; for (var i = 0; i < 10; i++) s += i; s"));
        assertEquals("7", run("var o = {a: 3, b: 4}; o.a + o.b"));
        assertEquals("6", run("var a = [1, 2, 3]; var s = 0; for (var i = 0; i < a.length; i++) s += a[i]; s"));
    }
}
