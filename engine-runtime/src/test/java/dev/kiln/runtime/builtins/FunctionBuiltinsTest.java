package dev.kiln.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.realm.Evaluator;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionBuiltinsTest extends BuiltinsTestSupport {
    private BuiltinFunction function(String name, int length) {
        return BuiltinFunction.of(realm, name, length, (f, t, a, n) -> ArrayObject.of(realm, t, ArrayObject.of(realm, a)));
    }

    @Test
    void bindComputesLengthAndName() {
        BuiltinFunction f = function("f", 3);
        JSObject bound = (JSObject) callOn("Function.prototype.bind", f, Undefined.INSTANCE, 1);
        assertEquals(2, bound.get("length"));
        assertEquals("bound f", bound.get("name"));
        PropertyDescriptor lengthDesc = bound.getOwnProperty("length");
        assertEquals(false, lengthDesc.writable());
        assertEquals(true, lengthDesc.configurable());
        // more bound arguments than the target's length
        JSObject overBound = (JSObject) callOn("Function.prototype.bind", f, Undefined.INSTANCE, 1, 2, 3, 4);
        assertEquals(0, overBound.get("length"));
        // bound twice
        JSObject twice = (JSObject) callOn("Function.prototype.bind", bound, Undefined.INSTANCE);
        assertEquals("bound bound f", twice.get("name"));
        assertEquals(2, twice.get("length"));
    }

    @Test
    void bindReadsUnusualLengthsAndNames() {
        BuiltinFunction f = function("f", 0);
        f.defineOwnProperty("length", new PropertyDescriptor().value(Double.POSITIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, ((JSObject) callOn("Function.prototype.bind", f, Undefined.INSTANCE, 1)).get("length"));
        f.defineOwnProperty("length", new PropertyDescriptor().value(Double.NEGATIVE_INFINITY));
        assertEquals(0, ((JSObject) callOn("Function.prototype.bind", f, Undefined.INSTANCE)).get("length"));
        f.defineOwnProperty("length", new PropertyDescriptor().value(2.7));
        assertEquals(1, ((JSObject) callOn("Function.prototype.bind", f, Undefined.INSTANCE, 0)).get("length"));
        f.defineOwnProperty("length", new PropertyDescriptor().value(-0.0));
        assertEquals(0, ((JSObject) callOn("Function.prototype.bind", f, Undefined.INSTANCE)).get("length"));
        f.defineOwnProperty("length", new PropertyDescriptor().value("3"));
        assertEquals(0, ((JSObject) callOn("Function.prototype.bind", f, Undefined.INSTANCE)).get("length"));
        f.delete("length");
        assertEquals(0, ((JSObject) callOn("Function.prototype.bind", f, Undefined.INSTANCE)).get("length"));
        f.defineOwnProperty("name", new PropertyDescriptor().value(Symbol.ITERATOR));
        assertEquals("bound ", ((JSObject) callOn("Function.prototype.bind", f, Undefined.INSTANCE)).get("name"));
    }

    @Test
    void boundFunctionsPassBoundThisAndArguments() {
        BuiltinFunction f = function("f", 2);
        JSObject bound = (JSObject) callOn("Function.prototype.bind", f, "this", 1);
        ArrayObject result = (ArrayObject) bound.call("ignored", 2);
        assertEquals("this", result.get(0));
        assertEquals(2L, ((ArrayObject) result.get(1)).length());
        assertSame(f.getPrototypeOf(), bound.getPrototypeOf());
        assertThrowsJS("TypeError", () -> callOn("Function.prototype.bind", newObject()));
    }

    @Test
    void callAndApply() {
        BuiltinFunction f = function("f", 0);
        ArrayObject viaCall = (ArrayObject) callOn("Function.prototype.call", f, "t", 1, 2);
        assertEquals("t", viaCall.get(0));
        assertEquals(2L, ((ArrayObject) viaCall.get(1)).length());
        ArrayObject viaApply = (ArrayObject) callOn("Function.prototype.apply", f, "t", ArrayObject.of(realm, 1, 2, 3));
        assertEquals(3L, ((ArrayObject) viaApply.get(1)).length());
        JSObject arrayLike = newObject();
        arrayLike.set("length", 2);
        arrayLike.set(Integer.valueOf(1), "b");
        ArrayObject fromArrayLike = (ArrayObject) callOn("Function.prototype.apply", f, "t", arrayLike);
        assertEquals(Undefined.INSTANCE, ((ArrayObject) fromArrayLike.get(1)).get(0));
        assertEquals("b", ((ArrayObject) fromArrayLike.get(1)).get(1));
        assertThrowsJS("TypeError", () -> callOn("Function.prototype.apply", f, "t", 1));
        assertThrowsJS("TypeError", () -> callOn("Function.prototype.call", newObject()));
    }

    @Test
    void toStringShowsNativeCode() {
        assertEquals("function Object() { [native code] }", callOn("Function.prototype.toString", path("Object")));
        assertEquals("function () { [native code] }", callOn("Function.prototype.toString", path("Function.prototype")));
        JSObject getter = (JSObject) ((JSObject) invoke("Object.getOwnPropertyDescriptor", path("Symbol.prototype"), "description")).get("get");
        assertEquals("function get description() { [native code] }", callOn("Function.prototype.toString", getter));
        Object hasInstance = ((JSObject) path("Function.prototype")).get(Symbol.HAS_INSTANCE);
        assertEquals("function [Symbol.hasInstance]() { [native code] }", callOn("Function.prototype.toString", hasInstance));
        Object bound = callOn("Function.prototype.bind", path("Object"), Undefined.INSTANCE);
        assertEquals("function () { [native code] }", callOn("Function.prototype.toString", bound));
        assertThrowsJS("TypeError", () -> callOn("Function.prototype.toString", newObject()));
    }

    @Test
    void restrictedPropertiesUseOneFrozenThrowTypeError() {
        JSObject fp = realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE);
        PropertyDescriptor caller = fp.getOwnProperty("caller");
        PropertyDescriptor arguments = fp.getOwnProperty("arguments");
        JSObject thrower = realm.intrinsic(Intrinsic.THROW_TYPE_ERROR);
        assertSame(thrower, caller.getter());
        assertSame(thrower, caller.setter());
        assertSame(thrower, arguments.getter());
        assertTrue(caller.configurable());
        assertEquals(true, invoke("Object.isFrozen", thrower));
        assertEquals("", thrower.get("name"));
        assertThrowsJS("TypeError", () -> fp.get("caller"));
    }

    @Test
    void hasInstanceIsFixedAndUsesOrdinaryHasInstance() {
        JSObject fp = realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE);
        PropertyDescriptor d = fp.getOwnProperty(Symbol.HAS_INSTANCE);
        assertEquals(0, d.isDataDescriptor() ? (d.writable() ? 1 : 0) + (d.configurable() ? 1 : 0) : -1);
        JSObject error = (JSObject) construct("TypeError");
        assertEquals(true, ((JSObject) d.value()).call(path("Error"), error));
        assertEquals(false, ((JSObject) d.value()).call(path("RangeError"), error));
        assertEquals(false, ((JSObject) d.value()).call(newObject(), error));
    }

    @Test
    void functionConstructorJoinsParametersForTheEvaluator() {
        List<Object> seen = new ArrayList<>();
        realm.setEvaluator(new Evaluator() {
            @Override
            public Object indirectEval(Realm r, String sourceText) {
                seen.add("eval:" + sourceText);
                return 1;
            }

            @Override
            public Object directEval(Realm r, String sourceText, String site, Object[] env) {
                throw new AssertionError("no direct eval here");
            }

            @Override
            public JSObject createDynamicFunction(Realm r, JSObject newTarget, FunctionKind kind, String parameters, String body) {
                seen.add(newTarget);
                seen.add(kind);
                seen.add(parameters);
                seen.add(body);
                return newObject();
            }
        });
        invoke("Function", "a", 2, "return a");
        assertEquals(List.of(path("Function"), Evaluator.FunctionKind.NORMAL, "a,2", "return a"), seen);
        seen.clear();
        invoke("Function");
        assertEquals(List.of(path("Function"), Evaluator.FunctionKind.NORMAL, "", ""), seen);
        seen.clear();
        assertEquals(1, invoke("eval", "x"));
        assertEquals(List.of("eval:x"), seen);
        JSObject notAString = newObject();
        assertSame(notAString, invoke("eval", notAString));
    }

    @Test
    void withoutACompilerDynamicCodeIsAnEvalError() {
        assertThrowsJS("EvalError", () -> invoke("Function", "return 1"));
        assertThrowsJS("EvalError", () -> invoke("eval", "1"));
        assertEquals(5, invoke("eval", 5));
    }

    @Test
    void builtinFunctionPropertiesHaveSpecAttributes() {
        PropertyDescriptor name = ((JSObject) path("Object.keys")).getOwnProperty("name");
        assertEquals(Property.CONFIGURABLE, name.flags());
        PropertyDescriptor method = ((JSObject) path("Object")).getOwnProperty("keys");
        assertEquals(Property.HIDDEN, method.flags());
        assertEquals(1, ((JSObject) path("Function")).get("length"));
        assertEquals(0, ((JSObject) path("Function.prototype")).get("length"));
    }
}
