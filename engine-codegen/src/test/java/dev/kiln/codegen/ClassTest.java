package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.parser.Source;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import org.junit.jupiter.api.Test;

/** Class definitions (ECMA-262 15.7): each script runs in a new realm and its completion value is checked. */
class ClassTest {
    private static String run(String code) {
        Realm realm = new Realm();
        try {
            Object result = ScriptEvaluator.of(realm).evaluate(new Source("test.js", code));
            return Conversion.toString(result);
        } catch (JSException e) {
            Object error = e.value(realm);
            if (error instanceof JSObject o) {
                return "threw " + Conversion.toString(o.get("name", o)) + ": " + Conversion.toString(o.get("message", o));
            }
            return "threw " + Conversion.toString(error);
        }
    }

    @Test
    void constructorMethodsAccessorsAndStatics() {
        assertEquals("42,s,A,1", run("""
                class A {
                  constructor(x) { this.x = x; }
                  get twice() { return this.x * 2; }
                  set twice(v) { this.x = v / 2; }
                  static s() { return 's'; }
                }
                var a = new A(10); a.twice = 42;
                [a.twice, A.s(), A.name, A.length].join()"""));
    }

    @Test
    void prototypeAndConstructorProperties() {
        assertEquals("false,false,false,true,false,true,true", run("""
                class A { m() {} static s() {} }
                var p = Object.getOwnPropertyDescriptor(A, 'prototype');
                var c = Object.getOwnPropertyDescriptor(A.prototype, 'constructor');
                var m = Object.getOwnPropertyDescriptor(A.prototype, 'm');
                [p.writable, p.enumerable, p.configurable, c.writable, m.enumerable,
                 c.value === A, Object.getPrototypeOf(A) === Function.prototype].join()"""));
    }

    @Test
    void classConstructorsNeedNew() {
        assertEquals("threw TypeError: Class constructor A cannot be invoked without 'new'", run("class A {} A()"));
        assertEquals("threw TypeError: Class constructor B cannot be invoked without 'new'",
                run("class B { constructor() {} } B.call({})"));
    }

    @Test
    void propertyOrderOfTheConstructor() {
        assertEquals("length,name,prototype,m,n", run("class A { static m() {} static n = 1 } Reflect.ownKeys(A).join()"));
        assertEquals("function", run("class A { static name() {} } typeof A.name"));
    }

    @Test
    void heritage() {
        assertEquals("true,true,3", run("""
                class A { constructor(a, b) { this.sum = a + b; } }
                class B extends A {}
                var b = new B(1, 2);
                [b instanceof A, Object.getPrototypeOf(B) === A, b.sum].join()"""));
        assertEquals("true,true", run("""
                class N extends null {}
                [Object.getPrototypeOf(N.prototype) === null, Object.getPrototypeOf(N) === Function.prototype].join()"""));
        assertEquals("threw TypeError: Super constructor function  is not a constructor", run("class N extends null {} new N()"));
        assertEquals("threw TypeError: Class extends value 1 is not a constructor or null", run("class C extends 1 {}"));
        assertEquals("threw TypeError: Class extends value does not have valid prototype property 3",
                run("function F() {} F.prototype = 3; class C extends F {}"));
        assertEquals("threw ReferenceError: Cannot access 'C' before initialization", run("class C extends C {}"));
    }

    @Test
    void defaultDerivedConstructorDoesNotIterateItsArguments() {
        assertEquals("1,2", run("""
                Array.prototype[Symbol.iterator] = function () { throw new Error('iterated'); };
                class A { constructor(a, b) { this.v = a + ',' + b; } }
                class B extends A {}
                new B(1, 2).v"""));
    }

    @Test
    void superPropertiesAndCalls() {
        assertEquals("A.m,B.m,static A,7", run("""
                class A { m() { return 'A.m'; } static s() { return 'static A'; } }
                class B extends A {
                  constructor() { var f = () => super(); f(); this.v = 7; }
                  m() { return super.m() + ',B.m'; }
                  static s() { return super.s(); }
                }
                var b = new B();
                [b.m(), B.s(), b.v].join()"""));
        assertEquals("threw ReferenceError: Super constructor may only be called once",
                run("class A {} class B extends A { constructor() { super(); super(); } } new B()"));
        assertEquals("threw ReferenceError: Cannot access 'this' before initialization",
                run("class A {} class B extends A { constructor() { this.x = 1; super(); } } new B()"));
        assertEquals("threw TypeError: Derived constructors may only return object or undefined",
                run("class A {} class B extends A { constructor() { super(); try { return 1; } catch (e) { return; } } } new B()"));
    }

    @Test
    void superConstructorIsTakenBeforeTheArguments() {
        assertEquals("A", run("""
                class A { constructor() { this.from = 'A'; } }
                class Other { constructor() { this.from = 'Other'; } }
                class B extends A { constructor() { super(Object.setPrototypeOf(B, Other)); } }
                new B().from"""));
    }

    @Test
    void fieldsAreDefinedPerInstanceInOrder() {
        assertEquals("1,2,3,a;c;body;a;c;body,2", run("""
                var log = [];
                class A {
                  a = (log.push('a'), 1);
                  b = this.a + 1;
                  ['c'] = (log.push('c'), 3);
                  constructor() { log.push('body'); }
                }
                var x = new A(), y = new A();
                [x.a, x.b, x.c, log.join(';'), y.b].join()"""));
        assertEquals("field,parameter", run("""
                var log = [];
                class A { x = log.push('field'); constructor(p = log.push('parameter')) {} }
                new A(); log.join()"""));
    }

    @Test
    void computedKeysAreEvaluatedOnceAtDefinition() {
        assertEquals("1,k1,k1,k1", run("""
                var n = 0;
                class A { [(n++, 'k' + n)] = n; }
                var a = new A(), b = new A();
                [n, Object.keys(a)[0], Object.keys(b)[0], 'k' + a.k1].join()"""));
    }

    @Test
    void fieldsUseDefineNotSet() {
        assertEquals("false,5", run("""
                var called = false;
                class A { set x(v) { called = true; } }
                class B extends A { x = 5; }
                var b = new B(); [called, b.x].join()"""));
        assertEquals("threw TypeError: Cannot define property x", run("""
                class A { constructor() { Object.preventExtensions(this); } }
                class B extends A { x = 1; }
                new B()"""));
    }

    @Test
    void fieldInitializerScope() {
        assertEquals("true,true,undefined,7", run("""
                class A { m() { return 7; } }
                class B extends A {
                  self = this;
                  arrow = () => this;
                  nt = new.target;
                  viaSuper = super.m();
                }
                var b = new B();
                [b.self === b, b.arrow() === b, typeof b.nt, b.viaSuper].join()"""));
    }

    @Test
    void anonymousFunctionsInFieldsAreNamedAfterTheField() {
        assertEquals("f,g,#h,[s],k", run("""
                var s = Symbol('s'), k = 'k';
                class A {
                  f = function () {};
                  g = () => {};
                  #h = class {};
                  [s] = function () {};
                  [k] = () => {};
                  h() { return this.#h.name; }
                }
                var a = new A();
                [a.f.name, a.g.name, a.h(), a[s].name, a.k.name].join()"""));
    }

    @Test
    void staticFieldsAndBlocksRunInOrderWithTheConstructorAsThis() {
        assertEquals("1,2,3,true,undefined", run("""
                class A {
                  static a = 1;
                  static { this.b = this.a + 1; var local = 1; }
                  static c = A.b + 1;
                  static self;
                  static { A.self = this === A; }
                }
                [A.a, A.b, A.c, A.self, typeof local].join()"""));
    }

    @Test
    void privateFieldsMethodsAndAccessors() {
        assertEquals("1,2,3,true,false", run("""
                class A {
                  #x = 1;
                  #m() { return this.#x + 1; }
                  get #g() { return this.#x + 2; }
                  set #g(v) { this.#x = v; }
                  read() { return [this.#x, this.#m(), this.#g].join(); }
                  static has(o) { return #x in o; }
                }
                var a = new A();
                [a.read(), A.has(a), A.has({})].join()"""));
        assertEquals("threw TypeError: Private method '#m' is not writable",
                run("class A { #m() {} f() { this.#m = 1; } } new A().f()"));
        assertEquals("threw TypeError: '#g' was defined without a setter",
                run("class A { get #g() { return 1; } f() { this.#g = 1; } } new A().f()"));
    }

    @Test
    void privateMethodsAreInstalledBeforeFields() {
        assertEquals("2", run("class A { x = this.#m(); #m() { return 2; } } new A().x"));
    }

    @Test
    void brandChecks() {
        assertEquals("threw TypeError: Cannot read private member #x from an object whose class did not declare it",
                run("class A { #x = 1; static get(o) { return o.#x; } } A.get({})"));
        assertEquals("threw TypeError: Cannot use 'in' operator to search for '#x' in a non-object",
                run("class A { #x; static has(o) { return #x in o; } } A.has(1)"));
        assertEquals("false", run("""
                function make() { return class { #x = 1; static has(o) { return #x in o; } }; }
                var A = make(), B = make();
                B.has(new A())"""));
        assertEquals("threw TypeError: Cannot initialize #x twice on the same object", run("""
                class Base { constructor(o) { return o; } }
                class Stamp extends Base { #x = 1; }
                var o = {}; new Stamp(o); new Stamp(o)"""));
    }

    @Test
    void privateStaticMembers() {
        assertEquals("3,4", run("""
                class A {
                  static #count = 3;
                  static #next() { return ++A.#count; }
                  static read() { return A.#count; }
                  static bump() { return this.#next(); }
                }
                [A.read(), A.bump()].join()"""));
        assertEquals("threw TypeError: Cannot read private member #s from an object whose class did not declare it",
                run("class A { static #s() {} static f() { return this.#s(); } } class B extends A {} B.f()"));
    }

    @Test
    void heritageSeesTheOuterPrivateNames() {
        assertEquals("outer", run("""
                class Outer {
                  #x = 'outer';
                  test() {
                    var self = this;
                    class C extends (function () { this.v = self.#x; }) { #x = 'inner'; }
                    return new C().v;
                  }
                }
                new Outer().test()"""));
    }

    @Test
    void innerAndOuterBindings() {
        assertEquals("true,threw", run("""
                var r = [];
                class A { static self() { return A; } static assign() { try { A = 1; } catch (e) { return 'threw'; } } }
                var saved = A; A = null;
                [saved.self() === saved, saved.assign()].join()"""));
        assertEquals("C,D,", run("var C = class {}; var o = { D: class {} }; [C.name, o.D.name, (0, class {}).name].join()"));
        assertEquals("kk", run("var k = 'kk'; ({ [k]: class { static n = this.name } })[k].n"));
    }

    @Test
    void toStringIsTheClassSourceText() {
        assertEquals("class /* a */ A extends Object { m() {} }",
                run("class /* a */ A extends Object { m() {} } Function.prototype.toString.call(A)"));
        assertEquals("class {}", run("Function.prototype.toString.call(class {})"));
        assertEquals("get x() { return 1; }", run("""
                var getter = Object.getOwnPropertyDescriptor(class { get x() { return 1; } }.prototype, 'x').get;
                Function.prototype.toString.call(getter)"""));
        assertEquals("m(a) {}", run("class A { static m(a) {} } Function.prototype.toString.call(A.m)"));
    }

    @Test
    void privateNamesAreUniquePerEvaluation() {
        assertEquals("0,threw", run("""
                var classes = [];
                for (let i = 0; i < 2; i++) classes.push(class { #p = i; static get(o) { return o.#p; } });
                var r = [classes[0].get(new classes[0]())];
                try { classes[0].get(new classes[1]()); } catch (e) { r.push('threw'); }
                r.join()"""));
    }
}
