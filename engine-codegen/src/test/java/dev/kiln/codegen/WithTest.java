package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.parser.Source;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import org.junit.jupiter.api.Test;

/** The with statement (14.11) and Object Environment Records (9.1.1.2). */
class WithTest {
    private static String run(String code) {
        Realm realm = new Realm();
        return Conversion.toString(ScriptEvaluator.of(realm).evaluate(new Source("test.js", code)));
    }

    @Test
    void namesResolveToTheObjectFirst() {
        assertEquals("1 g", run("var x = 'g', o = {x: 1}; var r; with (o) { r = x; } r + ' ' + x"));
        assertEquals("2", run("var o = {x: 1}; with (o) { x = 2; } o.x"));
        assertEquals("number", run("with ({x: 1}) { typeof x }"));
        assertEquals("undefined", run("with ({}) { typeof nowhere }"));
    }

    @Test
    void callsThroughTheObjectUseItAsThis() {
        assertEquals("true", run("var w = {f() { return this; }}; with (w) { f() === w }"));
        assertEquals("true", run("function f() { return this; } with ({}) { f() === this }"));
    }

    @Test
    void unscopablesHideNames() {
        assertEquals("outer", run("var x = 'outer'; var o = {x: 'inner', [Symbol.unscopables]: {x: true}}; with (o) { x }"));
        assertEquals("1 5", run("var cnt = 0, a = {x: 7}, b = {x: 4, get [Symbol.unscopables]() { cnt++; return {x: false}; }};"
                + " with (a) with (b) { x += 1; } cnt + ' ' + b.x"));
    }

    @Test
    void aReferenceIsResolvedBeforeTheRightHandSide() {
        // 13.15.2: the with object holds x when it is resolved; it is set again though deleted meanwhile.
        assertEquals("2 undefined", run("var o = {x: 1}; with (o) { x = (delete o.x, 2); } o.x + ' ' + typeof x"));
        assertEquals("3", run("var p = {y: 1}; with (p) { var y = (delete p.y, 3); } p.y"));
        assertEquals("6", run("var q = {z: 1}; with (q) { ({a: z} = {get a() { delete q.z; return 6; }}); } q.z"));
    }

    @Test
    void strictCodeInsideGetsReferenceErrors() {
        assertEquals("ReferenceError", run("with ({}) { (function() { 'use strict'; try { undef = 1; } catch (e) { return e.name; } })() }"));
        assertEquals("ReferenceError", run("var o = {x: 1}; with (o) { (function() { 'use strict';"
                + " try { x = (delete o.x, 1); } catch (e) { return e.name; } })() }"));
    }

    @Test
    void deleteRemovesTheObjectsProperty() {
        assertEquals("true false", run("var o = {x: 1}; var r; with (o) { r = delete x; } r + ' ' + ('x' in o)"));
    }

    @Test
    void completionValue() {
        assertEquals("undefined", run("1; with ({}) {}"));
        assertEquals("2", run("1; with ({}) { 2; }"));
    }
}
