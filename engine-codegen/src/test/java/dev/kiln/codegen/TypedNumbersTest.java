package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.parser.Source;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import org.junit.jupiter.api.Test;

/** Unboxed numeric locals must give exactly what boxed evaluation gives (expected values from node). */
class TypedNumbersTest {
    private static final String CASES = """
function f1() { var i = 0, s = 0; for (i = 0; i < 100; i++) s += i; return s; }
function f2() { var x = 2147483647; x = x + 1; return x; }
function f3() { var a = 0; a = -a; return 1 / a; }
function f4() { var a = 5, b = 0; return a / b; }
function f5() { var n = NaN; var r = 0; if (n < 1) r = 1; if (n >= 1) r = 2; if (n != n) r = 3; return r; }
function f6() { var x = -1; return x >>> 0; }
function f7() { var x = -8; return (x >> 1) + (x >>> 28) + (x << 29); }
function f8() { var x = 7; x %= 3; var y = -7; y %= 3; return x + ',' + y; }
function f9() { var c = 0; for (var k = 0; k < 10; k++) { if (k == 3) continue; c += k; } return c; }
function f10(p) { var t = p * 2; return t; }
function f11() { var s = 0; var i = 0; while (i < 5) { s = s + i * 0.5; i++; } return s; }
function f12() { var x = 10; var y = x++ + ++x; return x + ',' + y; }
function f13() { var x; if (Math.random() > 2) x = 1; return typeof x; }
function f14() { var a = 1.5; a |= 0; return a; }
function f15() { var z = 0; var q = -0; return (1/z) + ',' + (1/q) + ',' + (z === q); }
function f16() { var x = 3; var y = '4'; return x + y; }
function f17() { var x = 3; x += '1'; return x; }
function f18() { var big = 1e21; var small = 1e-7; return big + ',' + small; }
function f19() { var i = 0; do { i += 2; } while (i < 7); return i; }
function f20() { var a = 0x7fffffff, b = a * a; return b; }
function f21() { var x = 5; var y = ~x; var z = -x; return y + ',' + z + ',' + (+'3' + x); }
function f22() { var u = 0; for (var i = 0; i < 3; i++) { var v = i * 2; u += v; } return u; }
function f23() { var d = 1; for (var i = 0; i < 1100; i++) d = d * 2; return d; }
function f24() { var i = 0, j = 0; label: for (i = 0; i < 4; i++) { for (j = 0; j < 4; j++) { if (j == 2) continue label; if (i == 3) break label; } } return i + ',' + j; }
function f25() { var n = 10; var m = n; m = m - 0.5; return m > n ? 'gt' : m < n ? 'lt' : 'eq'; }
var r = [f1(), f2(), f3(), f4(), f5(), f6(), f7(), f8(), f9(), f10(21), f11(), f12(), f13(), f14(), f15(), f16(), f17(), f18(), f19(), f20(), f21(), f22(), f23(), f24(), f25()];
r.join(';');
""";

    @Test
    void typedLocalsAgreeWithNode() {
        Realm realm = new Realm();
        Object result = ScriptEvaluator.of(realm).evaluate(new Source("cases.js", CASES));
        assertEquals("4950;2147483648;-Infinity;Infinity;3;4294967295;11;1,-1;42;42;5;12,22;undefined;1;"
                + "Infinity,-Infinity,true;34;31;1e+21,1e-7;8;4611686014132420600;-6,-5,8;6;Infinity;3,0;lt",
                Conversion.toString(result));
    }
}
