package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.parser.Source;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import org.junit.jupiter.api.Test;

/** f.apply(x, arguments) forwarding: the same results as with an arguments object, in every case that tells them apart. */
class ApplyOfArgumentsTest {
    private static String run(String code) {
        Realm realm = new Realm();
        return Conversion.toString(ScriptEvaluator.of(realm).evaluate(new Source("test.js", code)));
    }

    @Test
    void forwardsTheArgumentList() {
        assertEquals("7,3", run("""
                var Class = { create: function() { return function() { this.initialize.apply(this, arguments); } } };
                var P = Class.create();
                P.prototype.initialize = function(x, y) { this.s = x + y; this.n = arguments.length; };
                var p; for (var i = 0; i < 20; i++) p = new P(3, 4, 5);
                p.s + ',' + p.n"""));
    }

    @Test
    void anotherApplyGetsTheArgumentsObject() {
        assertEquals("[object Arguments]2function", run("""
                var fake = { apply: function(t, args) { return Object.prototype.toString.call(args) + args.length + typeof args.callee; } };
                function viaFake() { return fake.apply(this, arguments); }
                viaFake(1, 2)"""));
        assertEquals("TypeError", run("""
                var fake = { apply: function(t, args) { return args.callee; } };
                function strict() { 'use strict'; return fake.apply(this, arguments); }
                try { strict(); } catch (e) { e.constructor.name }"""));
    }

    @Test
    void mappedParametersStillAlias() {
        assertEquals("42", run("""
                function alias(a) { var o = { apply: function(t, args) { args[0] = 42; } }; o.apply(null, arguments); return a; }
                alias(1)"""));
    }

    @Test
    void otherUsesKeepTheObject() {
        assertEquals("7", run("function both() { var n = arguments.length; return Math.max.apply(null, arguments) + n; } both(1, 5)"));
        assertEquals("3", run("function arrow() { var g = () => Math.min.apply(null, arguments); return g(); } arrow(7, 3)"));
        assertEquals("8", run("function withEval() { eval(''); return Math.max.apply(null, arguments); } withEval(2, 8)"));
    }

    @Test
    void errorsNameTheCallee() {
        assertEquals("TypeError: o.apply is not a function", run("""
                function bad() { var o = { apply: 5 }; return o.apply(null, arguments); }
                try { bad(); } catch (e) { e.constructor.name + ': ' + e.message }"""));
    }
}
