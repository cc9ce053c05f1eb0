package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.parser.Source;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import org.junit.jupiter.api.Test;

/** Mapped and unmapped arguments objects (10.4.4) as compiled functions make them. */
class ArgumentsObjectTest {
    private static String run(String code) {
        Realm realm = new Realm();
        return Conversion.toString(ScriptEvaluator.of(realm).evaluate(new Source("test.js", code)));
    }

    @Test
    void mappedIndicesAliasTheParameters() {
        assertEquals("9,8,2", run("function m(a, b) { arguments[0] = 9; b = 8; return [a, arguments[1], arguments.length].join(); } m(1, 2)"));
        assertEquals("4", run("function f(a) { return (() => { arguments[0] = 4; return a; })(); } f(1)"));
        assertEquals("2", run("function f(a) { return eval('arguments[0] = 2, a'); } f(1)"));
        // only indices below the number of arguments passed are mapped
        assertEquals("undefined", run("function f(a, b) { arguments[1] = 3; return typeof b; } f(1)"));
        // of duplicate names, the last parameter is the mapped one
        assertEquals("5 2", run("function f(a, a) { arguments[1] = 5; var x = a; arguments[0] = 7; return x + ' ' + arguments[1] / 2.5; } f(1, 2)"));
    }

    @Test
    void unmappingByDeleteDefineAndAccessors() {
        assertEquals("1", run("function f(a) { delete arguments[0]; arguments[0] = 5; return a; } f(1)"));
        assertEquals("1", run("function f(a) { Object.defineProperty(arguments, '0', {writable: false}); a = 3; return arguments[0]; } f(1)"));
        assertEquals("4", run("function f(a) { Object.defineProperty(arguments, '0', {value: 4, writable: false}); return a; } f(1)"));
        assertEquals("7", run("function f(a) { Object.defineProperty(arguments, '0', {get() { return 7; }}); a = 2; return arguments[0]; } f(1)"));
        assertEquals("9 true true true", run("function f(a) { a = 9; var d = Object.getOwnPropertyDescriptor(arguments, '0');"
                + " return [d.value, d.writable, d.enumerable, d.configurable].join(' '); } f(1)"));
    }

    @Test
    void unmappedArgumentsAreCopies() {
        assertEquals("1", run("function f(a) { 'use strict'; arguments[0] = 9; return a; } f(1)"));
        assertEquals("1", run("function f(a, b = 2) { arguments[0] = 9; return a; } f(1)"));
        assertEquals("TypeError", run("function f() { 'use strict'; try { arguments.callee; } catch (e) { return e.name; } } f()"));
    }

    @Test
    void bothKindsAreTaggedArguments() {
        assertEquals("[object Arguments] [object Arguments]", run("function s() { 'use strict'; return Object.prototype.toString.call(arguments); }"
                + " function m() { return Object.prototype.toString.call(arguments); } s() + ' ' + m()"));
    }

    @Test
    void ownProperties() {
        assertEquals("true", run("function f() { return arguments.callee === f; } f()"));
        assertEquals("6,2", run("function f(a) { a = 6; return [...arguments].join(); } f(1, 2)"));
        assertEquals("0,1", run("function f(a, b) { return Object.keys(arguments).join(); } f(1, 2)"));
    }
}
