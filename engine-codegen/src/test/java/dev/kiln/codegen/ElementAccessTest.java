package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.parser.Source;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import org.junit.jupiter.api.Test;

/**
 * Element access with unboxed keys and values ({@code a[i]} with typed {@code i}, {@code a[i] = x}
 * with typed {@code x}, {@code a[i]} as an operand of a numeric operator) must give exactly what
 * boxed evaluation gives: -0 and negative keys, indices past 2^31, holes reading prototype
 * elements, setters, frozen arrays, strings, BigInts, valueOf and getter order. Expected values
 * from node.
 */
class ElementAccessTest {
    private static final String CASES = """
function e1() { var a = []; for (var i = 0; i < 5; i++) a[i] = i * 3; return a.join(); }
function e2() { var a = [1, 2, 3]; var i = -0; a[i] = 9; var k = 0.5; a[k] = 7; return a[0] + ',' + a.length + ',' + a['0.5'] + ',' + Object.keys(a); }
function e3() { var a = [1, 2]; var i = -1; a[i] = 5; return a[-1] + ',' + a.length + ',' + a[i]; }
function e4() { var a = []; var i = 4294967294; a[i] = 1; var j = 4294967295; a[j] = 2; return a.length + ',' + a[i] + ',' + a[j]; }
function e5() { var a = [0, , 2]; Object.prototype[1] = 'p'; var i = 1; var r = a[i] + ',' + (a[i] | 0); delete Object.prototype[1]; return r; }
function e6() { var log = []; var a = [1, 2]; Object.defineProperty(Array.prototype, 5, { set: function (v) { log.push(v); }, configurable: true }); var i = 5, x = 7.5; a[i] = x; delete Array.prototype[5]; return log.join() + ',' + a.length; }
function e7() { 'use strict'; var a = Object.freeze([1, 2]); var i = 0, x = 5; try { a[i] = x; return 'no'; } catch (e) { return e.constructor.name + ',' + a[0]; } }
function e8() { var a = Object.freeze([1, 2]); var i = 0, x = 5; a[i] = x; return a[0]; }
function e9() { var s = 'abc'; var i = 1; var d = 2; return s[i] + s[d] + s[3]; }
function e10() { var a = [1n]; var i = 0; try { return a[i] & 1; } catch (e) { return e.constructor.name; } }
function e11() { var log = []; var a = [{ valueOf: function () { log.push('v'); return 6; } }]; var i = 0; var r = a[i] * 2; return r + ',' + log.join(); }
function e12() { var log = []; var a = [{ valueOf: function () { log.push('a'); return 1; } }]; var b = { valueOf: function () { log.push('b'); return 2; } }; var i = 0; var r = a[i] - b; return r + ',' + log.join(); }
function e13() { var a = [10, 20]; var i = 1, x = 3; a[i] -= x; a[i] *= 2; a[0] >>>= 1; a[0] |= 0x100; return a.join(); }
function e14() { var a = [1.5, 2.5]; var i = 0; var y = a[i] * 4 + a[i + 1]; a[i + 1] = y / 2; return a.join(); }
function e15() { var a = [1, 2, 3]; var i = 1; a[i]++; ++a[i]; a[i]--; return a.join(); }
function e16() { var a = [3]; var i = 0; a[i] += 'x'; return a[0]; }
function e17() { var log = []; var o = {}; Object.defineProperty(o, 0, { get: function () { log.push('get'); return 4; }, set: function (v) { log.push('set ' + v); } }); var i = 0; o[i] -= 1; return log.join(); }
function e18() { var a = []; var n = 0; a[n] = NaN; a[1] = 0 / 0; return a.indexOf(NaN) + ',' + a.includes(NaN) + ',' + isNaN(a[0]) + ',' + a.length; }
function e19() { var a = [1, 2]; var z = -0; a[1] = z; return (1 / a[1]) + ',' + a.indexOf(0) + ',' + Object.is(a[1], -0); }
function e20() { var a = [1, 2]; a[1] = -2147483648; a[0] = 2147483647; var i = 0; return (a[i] + 1) + ',' + (a[1] - 1) + ',' + (a[1] | 0); }
function e21() { var p = new Proxy([1, 2], { get: function (t, k) { return k === '0' ? 'proxied' : t[k]; } }); var i = 0; return p[i]; }
function e22() { var a = [5, 6]; var i = 0; return a[i] + a[i + 1] * a.length; }
function e23() { var a = {}; var i = 2; a[i] = 1.25; return JSON.stringify(a) + ',' + a[2.0]; }
function e24() { var x = 3, log = []; var a = { get 0() { log.push('g'); return 1; } }; var i = 0; var r = x * a[i]; return r + ',' + log.join(); }
function e25() { var a = [1, 2, 3]; var u = 1; var r = a[u] ** 2 + (a[2] % 2) + (a[0] << 3) + (a[0] >>> 1); return r; }
var r = [e1(), e2(), e3(), e4(), e5(), e6(), e7(), e8(), e9(), e10(), e11(), e12(), e13(), e14(), e15(), e16(), e17(), e18(), e19(), e20(), typeof Proxy === 'function' ? e21() : 'proxied', e22(), e23(), e24(), e25()];
r.join(';');
""";

    @Test
    void typedElementAccessAgreesWithNode() {
        Realm realm = new Realm();
        Object result = ScriptEvaluator.of(realm).evaluate(new Source("cases.js", CASES));
        assertEquals("0,3,6,9,12;9,3,7,0,1,2,0.5;5,2,5;4294967295,1,2;p,0;7.5,2;TypeError,1;1;bcundefined;TypeError;12,v;-1,a,b;261,34;1.5,4.25;1,3,3;3x;get,set 3;-1,true,true,2;-Infinity,1,true;2147483648,-2147483649,-2147483648;proxied;17;{\"2\":1.25},1.25;3,g;13",
                Conversion.toString(result));
    }
}
