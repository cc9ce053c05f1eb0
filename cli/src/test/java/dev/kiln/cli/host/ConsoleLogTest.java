package dev.kiln.cli.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.codegen.ScriptEvaluator;
import dev.kiln.parser.Source;
import dev.kiln.runtime.realm.Realm;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * What {@code console.log} prints, compared with node: each expected text is what node v20.20.2
 * printed for the same script. Errors get a fixed {@code stack} so that their frames are the
 * same in both engines.
 */
class ConsoleLogTest {
    private static void assertLogs(String script, String expected) {
        Realm realm = new Realm();
        StringWriter out = new StringWriter();
        Console.install(new Inspection(realm), new PrintWriter(out), new PrintWriter(out));
        ScriptEvaluator.of(realm).evaluate(new Source("test.js", script));
        assertEquals(expected, out.toString());
    }

    @Test
    void primitives() {
        assertLogs("""
                console.log("hello", 1, -0, 0, 1.5, 1e21, 1e-7, NaN, -Infinity, 10n, -5n, true, false, null, undefined);
                console.log(Symbol("s"), Symbol(), Symbol.iterator, Symbol.for("registered"));
                console.log([-0, 0, 0.1, 123456789012345680000, 2 ** 53]);
                console.log("a\\nb", "c");
                console.log(["a"], "b");
                """,
                """
                hello 1 -0 0 1.5 1e+21 1e-7 NaN -Infinity 10n -5n true false null undefined
                Symbol(s) Symbol() Symbol(Symbol.iterator) Symbol(registered)
                [ -0, 0, 0.1, 123456789012345680000, 9007199254740992 ]
                a
                b c
                [ 'a' ] b
                """);
    }

    @Test
    void stringsInsideContainers() {
        assertLogs("""
                console.log(["a", "it's", 'say "hi"', `both ' and "`, "all ' \\" `", "x\\ny"]);
                console.log(["\\t\\b\\f\\r\\v\\0", "\\x1b[31m", "\\u007f\\u0085\\u009f", "back\\\\slash", "\\ud800", "\\udc00x", "\\u{1F600}", "caf\\u00e9"]);
                console.log({ s: "it's \\"quoted\\" and ${not} a template" });
                console.log({ text: "first line\\nsecond line\\nthird line which is long enough to need a split" });
                console.log({ text: "first line\\nsecond line\\nthird line which is long enough to need a split, and then some more" });
                console.log(["short\\nlines"]);
                console.log([ "a string that is long enough to go past the break length of eighty columns" ]);
                """,
                """
                [ 'a', "it's", 'say "hi"', `both ' and "`, 'all \\' " `', 'x\\ny' ]
                [
                  '\\t\\b\\f\\r\\x0B\\x00',
                  '\\x1B[31m',
                  '\\x7F\\x85\\x9F',
                  'back\\\\slash',
                  '\\ud800',
                  '\\udc00x',
                  '\uD83D\uDE00',
                  'caf\u00E9'
                ]
                { s: 'it\\'s "quoted" and ${not} a template' }
                {
                  text: 'first line\\nsecond line\\nthird line which is long enough to need a split'
                }
                {
                  text: 'first line\\n' +
                    'second line\\n' +
                    'third line which is long enough to need a split, and then some more'
                }
                [ 'short\\nlines' ]
                [
                  'a string that is long enough to go past the break length of eighty columns'
                ]
                """);
    }

    @Test
    void keys() {
        assertLogs("""
                console.log({ a: 1, _b: 2, c3: 3, "d-e": 4, "": 5, 1: 6, $: 7, "\\u00fcn\\u00ef": 8, "it's": 9, "new\\nline": 10 });
                console.log({ ["__proto__"]: 1 });
                console.log({ [Symbol("a")]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol("with\\nnewline")]: 4 });
                console.log(Object.defineProperty({ a: 1 }, "hidden", { value: 2 }));
                console.log({ 2: "b", 1: "a", z: 1, y: 2 });
                """,
                """
                {
                  '1': 6,
                  a: 1,
                  _b: 2,
                  c3: 3,
                  'd-e': 4,
                  '': 5,
                  '$': 7,
                  '\u00FCn\u00EF': 8,
                  "it's": 9,
                  'new\\nline': 10
                }
                { ['__proto__']: 1 }
                {
                  [Symbol(a)]: 1,
                  [Symbol()]: 2,
                  [Symbol(Symbol.iterator)]: 3,
                  [Symbol(with\\nnewline)]: 4
                }
                { a: 1 }
                { '1': 'a', '2': 'b', z: 1, y: 2 }
                """);
    }

    @Test
    void arrays() {
        assertLogs("""
                console.log([], [1, 2, 3], [[]], [[1, [2, [3, [4]]]]]);
                console.log([,], [1, , 3], [, , 1, , , ], new Array(5), [1, 2, , ]);
                const sparse = []; sparse[5] = 1; sparse[200] = 2; console.log(sparse);
                console.log(Object.assign([1, 2], { extra: true, [Symbol("s")]: 1 }));
                console.log(Object.setPrototypeOf([1, 2], null));
                console.log([1, 2, 3, 4, 5, 6, 7]);
                console.log([1, "a", 2, "b", 3, "c", 4]);
                """,
                """
                [] [ 1, 2, 3 ] [ [] ] [ [ 1, [ 2, [Array] ] ] ]
                [ <1 empty item> ] [ 1, <1 empty item>, 3 ] [ <2 empty items>, 1, <2 empty items> ] [ <5 empty items> ] [ 1, 2, <1 empty item> ]
                [ <5 empty items>, 1, <194 empty items>, 2 ]
                [ 1, 2, extra: true, [Symbol(s)]: 1 ]
                [Array(2): null prototype] [ 1, 2 ]
                [
                  1, 2, 3, 4,
                  5, 6, 7
                ]
                [
                  1, 'a', 2, 'b',
                  3, 'c', 4
                ]
                """);
    }

    @Test
    void longArrays() {
        assertLogs("""
                console.log(Array.from({ length: 30 }, (_, i) => i));
                console.log(Array.from({ length: 101 }, (_, i) => i * 3));
                console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 4 + 1)));
                console.log(Array.from({ length: 10 }, (_, i) => "item" + i));
                console.log(Array.from({ length: 8 }, (_, i) => ({ id: i })));
                console.log(Array.from({ length: 120 }, () => 7n));
                console.log([ "aaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccccccc", "dddddddddddd" ]);
                """,
                """
                [
                   0,  1,  2,  3,  4,  5,  6,  7,  8,
                   9, 10, 11, 12, 13, 14, 15, 16, 17,
                  18, 19, 20, 21, 22, 23, 24, 25, 26,
                  27, 28, 29
                ]
                [
                    0,   3,   6,   9,  12,  15,  18,  21,  24,  27,  30,  33,
                   36,  39,  42,  45,  48,  51,  54,  57,  60,  63,  66,  69,
                   72,  75,  78,  81,  84,  87,  90,  93,  96,  99, 102, 105,
                  108, 111, 114, 117, 120, 123, 126, 129, 132, 135, 138, 141,
                  144, 147, 150, 153, 156, 159, 162, 165, 168, 171, 174, 177,
                  180, 183, 186, 189, 192, 195, 198, 201, 204, 207, 210, 213,
                  216, 219, 222, 225, 228, 231, 234, 237, 240, 243, 246, 249,
                  252, 255, 258, 261, 264, 267, 270, 273, 276, 279, 282, 285,
                  288, 291, 294, 297,
                  ... 1 more item
                ]
                [
                  'a', 'bb', 'ccc', 'dddd',
                  'e', 'ff', 'ggg', 'hhhh',
                  'i', 'jj', 'kkk', 'llll',
                  'm', 'nn', 'ooo', 'pppp',
                  'q', 'rr', 'sss', 'tttt',
                  'u', 'vv', 'www', 'xxxx',
                  'y', 'zz'
                ]
                [
                  'item0', 'item1',
                  'item2', 'item3',
                  'item4', 'item5',
                  'item6', 'item7',
                  'item8', 'item9'
                ]
                [
                  { id: 0 }, { id: 1 },
                  { id: 2 }, { id: 3 },
                  { id: 4 }, { id: 5 },
                  { id: 6 }, { id: 7 }
                ]
                [
                  7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n,
                  7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n,
                  7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n,
                  7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n,
                  7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n,
                  7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n,
                  7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n,
                  7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n, 7n,
                  7n, 7n, 7n, 7n,
                  ... 20 more items
                ]
                [
                  'aaaaaaaaaaaaaaaaaaaa',
                  'bbbbbbbbbbbbbbbbbbbbbbbb',
                  'cccccccccccccccccccccccc',
                  'dddddddddddd'
                ]
                """);
    }

    @Test
    void objects() {
        assertLogs("""
                console.log({}, { a: 1, b: "x" }, { u: undefined, n: null });
                console.log({ a: { b: { c: { d: {} } } } }, { a: [[[1]]] });
                console.log({ nested: { deeper: { deepest: { tooDeep: 1 } }, arr: [[1, [2, [3]]]] } });
                console.log({ a: 1, b: { c: { d: {} } } });
                console.log({ aaaaaaaaaa: 1111111111, bbbbbbbbbb: 2222222222, cccccccccc: 3333333333, dddddddddd: 444444 });
                console.log({ aaaaaaaaaa: 1111111111, bbbbbbbbbb: 2222222222, cccccccccc: 3333333333, ddddddd: 44 });
                console.log({ user: { name: "Ada", roles: ["admin", "dev"], address: { city: "London", zip: "N1" } }, active: true });
                console.log([{ a: 1, b: { c: {} } }, { list: [1, 2, 3], more: { x: [{}] } }]);
                """,
                """
                {} { a: 1, b: 'x' } { u: undefined, n: null }
                { a: { b: { c: [Object] } } } { a: [ [ [Array] ] ] }
                { nested: { deeper: { deepest: [Object] }, arr: [ [Array] ] } }
                { a: 1, b: { c: { d: {} } } }
                {
                  aaaaaaaaaa: 1111111111,
                  bbbbbbbbbb: 2222222222,
                  cccccccccc: 3333333333,
                  dddddddddd: 444444
                }
                {
                  aaaaaaaaaa: 1111111111,
                  bbbbbbbbbb: 2222222222,
                  cccccccccc: 3333333333,
                  ddddddd: 44
                }
                {
                  user: {
                    name: 'Ada',
                    roles: [ 'admin', 'dev' ],
                    address: { city: 'London', zip: 'N1' }
                  },
                  active: true
                }
                [ { a: 1, b: { c: {} } }, { list: [ 1, 2, 3 ], more: { x: [Array] } } ]
                """);
    }

    @Test
    void prototypes() {
        assertLogs("""
                function Point(x, y) { this.x = x; this.y = y; }
                console.log(new Point(1, 2), [new Point(3, 4)], { p: { q: { r: new Point(5, 6) } } });
                function Empty() {}
                console.log(new Empty(), Object.create({ hello() {} }));
                console.log(Object.create(null), Object.assign(Object.create(null), { a: 1 }), { __proto__: null, x: [] });
                console.log(Object.defineProperty({ v: 1 }, Symbol.toStringTag, { value: "Tagged" }));
                console.log({ [Symbol.toStringTag]: "Own", v: 1 });
                console.log(Object.prototype, Array.prototype);
                """,
                """
                Point { x: 1, y: 2 } [ Point { x: 3, y: 4 } ] { p: { q: { r: [Point] } } }
                Empty {} {}
                [Object: null prototype] {} [Object: null prototype] { a: 1 } [Object: null prototype] { x: [] }
                Object [Tagged] { v: 1 }
                { v: 1, [Symbol(Symbol.toStringTag)]: 'Own' }
                [Object: null prototype] {} Object(0) []
                """);
    }

    @Test
    void accessors() {
        assertLogs("""
                console.log({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} });
                console.log({ get boom() { throw new Error("a getter ran"); } });
                console.log([Object.defineProperty([], 0, { get() { throw new Error("ran"); }, enumerable: true })]);
                """,
                """
                { a: [Getter], b: [Setter], c: [Getter/Setter] }
                { boom: [Getter] }
                [ [ [Getter] ] ]
                """);
    }

    @Test
    void circular() {
        assertLogs("""
                const self = { name: "self" }; self.self = self; console.log(self);
                const x = { name: "x" }; const y = { name: "y", x }; x.y = y; x.me = x; console.log(x);
                const list = [1]; list.push(list); console.log(list);
                const shared = { v: 1 }; console.log({ a: shared, b: shared });
                """,
                """
                <ref *1> { name: 'self', self: [Circular *1] }
                <ref *1> {
                  name: 'x',
                  y: { name: 'y', x: [Circular *1] },
                  me: [Circular *1]
                }
                <ref *1> [ 1, [Circular *1] ]
                { a: { v: 1 }, b: { v: 1 } }
                """);
    }

    @Test
    void functions() {
        assertLogs("""
                function f() {}
                const g = function () {};
                const h = () => {};
                console.log(f, g, h, function named() {}, (function () {}), [() => 1]);
                console.log(f.bind(null), Math.max, console.log, Object);
                console.log(Object.assign(function withProps() {}, { a: 1, b: "x" }));
                console.log(Object.setPrototypeOf(function orphan() {}, null));
                console.log(Object.defineProperty(function () {}, "name", { value: "renamed" }));
                console.log({ f, method() {}, arrow: () => {} });
                """,
                """
                [Function: f] [Function: g] [Function: h] [Function: named] [Function (anonymous)] [ [Function (anonymous)] ]
                [Function: bound f] [Function: max] [Function: log] [Function: Object]
                [Function: withProps] { a: 1, b: 'x' }
                [Function (null prototype): orphan]
                [Function: renamed]
                {
                  f: [Function: f],
                  method: [Function: method],
                  arrow: [Function: arrow]
                }
                """);
    }

    @Test
    void classes() {
        assertLogs("""
                class A { constructor() { this.x = 1; } }
                class B extends A { constructor() { super(); this.y = [1, 2]; } method() {} get g() { return 1; } }
                class Empty {}
                console.log(A, B, Empty, class {}, class Named {});
                console.log(new A(), new B(), new Empty(), [new B()], { nested: { deeper: { deepest: new A() } } });
                class WithStatic { static s = 1; static m() {} }
                console.log(WithStatic, Object.assign(class {}, { p: 2 }));
                class MyError extends Error {}
                const e = new MyError("custom"); Object.defineProperty(e, "stack", { value: "Error: custom\\n    at x (/app/x.js:1:1)" });
                console.log(e);
                class NamedError extends Error { constructor(m) { super(m); this.name = "NamedError"; } }
                const n = new NamedError("named"); Object.defineProperty(n, "stack", { value: "NamedError: named\\n    at y (/app/y.js:2:2)" });
                console.log(n);
                class List extends Array {}
                console.log(List.from([1, 2, 3]), new List());
                class P { #priv = 1; pub = 2; }
                console.log(new P());
                console.log("%o", new B());
                console.log(Object.setPrototypeOf(class Orphan {}, null));
                """,
                """
                [class A] [class B extends A] [class Empty] [class (anonymous)] [class Named]
                A { x: 1 } B { x: 1, y: [ 1, 2 ] } Empty {} [ B { x: 1, y: [ 1, 2 ] } ] { nested: { deeper: { deepest: [A] } } }
                [class WithStatic] { s: 1 } [class (anonymous)] { p: 2 }
                MyError: custom
                    at x (/app/x.js:1:1)
                NamedError: named
                    at y (/app/y.js:2:2)
                List(3) [ 1, 2, 3 ] List(0) []
                P { pub: 2 }
                B { x: 1, y: [ 1, 2, [length]: 2 ], [g]: [Getter] }
                [class Orphan extends [null prototype]]
                """);
    }

    @Test
    void boxedPrimitives() {
        assertLogs("""
                console.log(new Number(3), new Number(-0), new String("ab"), new Boolean(false), Object(Symbol("q")), Object(5n));
                console.log(Object.assign(new Number(1), { x: 2 }), Object.assign(new String("hi"), { y: 3 }));
                console.log([new String("it's")]);
                """,
                """
                [Number: 3] [Number: -0] [String: 'ab'] [Boolean: false] [Symbol: Symbol(q)] [BigInt: 5n]
                [Number: 1] { x: 2 } [String: 'hi'] { y: 3 }
                [ [String: "it's"] ]
                """);
    }

    @Test
    void dates() {
        assertLogs("""
                console.log(new Date(0), [new Date(NaN)], { d: new Date(Date.UTC(2020, 1, 29, 12, 30, 5, 7)) });
                console.log(Object.assign(new Date(-1), { x: 1 }), new Date(8.64e15));
                """,
                """
                1970-01-01T00:00:00.000Z [ Invalid Date ] { d: 2020-02-29T12:30:05.007Z }
                1969-12-31T23:59:59.999Z { x: 1 } +275760-09-13T00:00:00.000Z
                """);
    }

    @Test
    void arguments() {
        assertLogs("""
                (function () { console.log(arguments); })(1, "two");
                (function () { console.log(arguments); })();
                (function () { "use strict"; console.log(arguments); })(3);
                """,
                """
                [Arguments] { '0': 1, '1': 'two' }
                [Arguments] {}
                [Arguments] { '0': 3 }
                """);
    }

    @Test
    void errors() {
        assertLogs("""
                function withStack(e, stack) { Object.defineProperty(e, "stack", { value: stack, writable: true, configurable: true }); return e; }
                const e = withStack(new Error("boom"), "Error: boom\\n    at f (/app/file.js:1:2)\\n    at /app/file.js:3:4");
                console.log(e);
                console.log({ e }, [e]);
                const coded = withStack(new TypeError("bad"), "TypeError: bad\\n    at g (/app/x.js:9:9)");
                coded.code = "E_BAD"; coded.info = { a: [1] };
                console.log(coded);
                console.log(withStack(new Error("plain"), "Error: plain"));
                const noStack = new RangeError("gone"); delete noStack.stack; console.log(noStack);
                const renamed = withStack(new Error("renamed"), "Error: renamed\\n    at h (/app/y.js:1:1)"); renamed.name = "Custom"; console.log(renamed);
                function SubError() {}
                SubError.prototype = Object.create(Error.prototype, { constructor: { value: SubError, writable: true, configurable: true } });
                console.log(Object.setPrototypeOf(withStack(new Error("sub"), "Error: sub\\n    at s (/app/z.js:2:2)"), SubError.prototype));
                console.log(withStack(new Error("multi\\nline"), "Error: multi\\nline\\n    at m (/app/m.js:1:1)"));
                console.log(Object.setPrototypeOf(withStack(new Error("orphan"), "Error: orphan\\n    at o (/app/o.js:1:1)"), null));
                """,
                """
                Error: boom
                    at f (/app/file.js:1:2)
                    at /app/file.js:3:4
                {
                  e: Error: boom
                      at f (/app/file.js:1:2)
                      at /app/file.js:3:4
                } [
                  Error: boom
                      at f (/app/file.js:1:2)
                      at /app/file.js:3:4
                ]
                TypeError: bad
                    at g (/app/x.js:9:9) {
                  code: 'E_BAD',
                  info: { a: [ 1 ] }
                }
                [Error: plain]
                [RangeError: gone]
                Error: renamed
                    at h (/app/y.js:1:1) {
                  name: 'Custom'
                }
                SubError: sub
                    at s (/app/z.js:2:2)
                Error: multi
                line
                    at m (/app/m.js:1:1)
                [Error: null prototype]: orphan
                    at o (/app/o.js:1:1)
                """);
    }

    @Test
    void errorCauses() {
        assertLogs("""
                function withStack(e, stack) { Object.defineProperty(e, "stack", { value: stack, writable: true, configurable: true }); return e; }
                const frames = "\\n    at a (/app/a.js:1:1)\\n    at b (/app/b.js:2:2)\\n    at c (/app/c.js:3:3)\\n    at d (/app/d.js:4:4)\\n    at e (/app/e.js:5:5)";
                const inner = withStack(new RangeError("inner"), "RangeError: inner\\n    at inner (/app/i.js:1:1)" + frames);
                const outer = withStack(new Error("outer", { cause: inner }), "Error: outer\\n    at outer (/app/o.js:1:1)" + frames);
                console.log(outer);
                console.log(withStack(new Error("with a primitive cause", { cause: "why" }), "Error: with a primitive cause\\n    at w (/app/w.js:1:1)"));
                const agg = withStack(new AggregateError([withStack(new Error("one"), "Error: one\\n    at one (/app/1.js:1:1)"), 2], "many"), "AggregateError: many\\n    at agg (/app/agg.js:1:1)");
                console.log(agg);
                """,
                """
                Error: outer
                    at outer (/app/o.js:1:1)
                    at a (/app/a.js:1:1)
                    ... 3 lines matching cause stack trace ...
                    at e (/app/e.js:5:5) {
                  [cause]: RangeError: inner
                      at inner (/app/i.js:1:1)
                      at a (/app/a.js:1:1)
                      at b (/app/b.js:2:2)
                      at c (/app/c.js:3:3)
                      at d (/app/d.js:4:4)
                      at e (/app/e.js:5:5)
                }
                Error: with a primitive cause
                    at w (/app/w.js:1:1) {
                  [cause]: 'why'
                }
                AggregateError: many
                    at agg (/app/agg.js:1:1) {
                  [errors]: [
                    Error: one
                        at one (/app/1.js:1:1),
                    2
                  ]
                }
                """);
    }

    @Test
    void format() {
        assertLogs("""
                console.log("%s is %d years and %i days, %f", "Bob", 42.5, 42.9, "3.25abc");
                console.log("%s", { a: 1, b: { c: 1 } }, "rest", 1);
                console.log("%s|%s|%s|%s", -0, 12n, Symbol("sy"), null);
                console.log("%s", function foo() { return 1; });
                console.log("%s", [1, [2, [3]]]);
                console.log("%s", { toString() { return "custom!"; } });
                console.log("%d|%d|%d|%i|%i|%f", "abc", 10n, Symbol(), 10n, "0x1F", "1e3");
                console.log("%j|%j|%j", { a: [1] }, "s", undefined);
                const c = {}; c.c = c; console.log("%j", c);
                console.log("%O", { a: { b: { c: { d: 1 } } } });
                console.log("%c styled", "color: red");
                console.log("100%", 5);
                console.log("%% %d", 1);
                console.log("%d %d", 1);
                console.log("%x %s", 1);
                console.log("a%", "b");
                console.log("%s", null, undefined, "%s");
                console.log(1, "two", [3]);
                console.log();
                console.log("");
                """,
                """
                Bob is 42.5 years and 42 days, 3.25
                { a: 1, b: [Object] } rest 1
                -0|12n|Symbol(sy)|null
                function foo() { return 1; }
                [ 1, [Array] ]
                custom!
                NaN|10n|NaN|10n|31|1000
                {"a":[1]}|"s"|undefined
                [Circular]
                { a: { b: { c: [Object] } } }
                 styled
                100% 5
                % 1
                1 %d
                %x 1
                a% b
                null undefined %s
                1 two [ 3 ]


                """);
    }

    @Test
    void formatHidden() {
        assertLogs("""
                console.log("%o", [1, 2]);
                console.log("%o", { a: 1, nested: { b: [] } });
                console.log("%o", function foo() { "use strict"; });
                function P() { this.a = 1; }
                P.prototype.m = function () {};
                P.prototype.v = 2;
                console.log("%o", new P());
                """,
                """
                [ 1, 2, [length]: 2 ]
                { a: 1, nested: { b: [ [length]: 0 ] } }
                <ref *1> [Function: foo] {
                  [length]: 0,
                  [name]: 'foo',
                  [prototype]: { [constructor]: [Circular *1] }
                }
                P { a: 1, v: 2 }
                """);
    }

}
