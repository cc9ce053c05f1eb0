package dev.kiln.runtime.builtins.fundamental;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BoundFunction;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Types;
import dev.kiln.runtime.value.Undefined;
import java.util.Arrays;

/** 20.2.3 Properties of the Function Prototype Object, which the realm made as a built-in function. */
final class FunctionPrototype {
    private FunctionPrototype() {}

    static void install(Realm realm) {
        JSObject proto = realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE);
        // Call sites recognise these two and call the target function directly.
        realm.setIntrinsic(Intrinsic.FUNCTION_PROTOTYPE_APPLY, Define.method(realm, proto, "apply", 2, FunctionPrototype::apply));
        Define.method(realm, proto, "bind", 1, FunctionPrototype::bind);
        realm.setIntrinsic(Intrinsic.FUNCTION_PROTOTYPE_CALL, Define.method(realm, proto, "call", 1, FunctionPrototype::call));
        Define.method(realm, proto, "toString", 0, FunctionPrototype::toStringMethod);
        Define.method(realm, proto, Symbol.HAS_INSTANCE, 1, 0, FunctionPrototype::hasInstance);
        // 10.2.4 AddRestrictedFunctionProperties (9.3.2 CreateIntrinsics step 3)
        BuiltinFunction thrower = ThrowTypeError.install(realm);
        proto.defineOwnAccessor("caller", thrower, thrower, Property.CONFIGURABLE);
        proto.defineOwnAccessor("arguments", thrower, thrower, Property.CONFIGURABLE);
    }

    // 20.2.3.1 Function.prototype.apply ( thisArg, argArray )
    private static Object apply(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object func = thisArg;
        if (!Comparison.isCallable(func)) throw f.realm().typeError("Function.prototype.apply was called on "
                + ObjectOperations.describeForError(func) + ", which is not a function");
        Object argArray = arg(args, 1);
        if (argArray == Undefined.INSTANCE || argArray == Null.INSTANCE) return ((JSObject) func).call(arg(args, 0));
        Object[] argList = ObjectOperations.createListFromArrayLike(argArray);
        return ((JSObject) func).call(arg(args, 0), argList);
    }

    // 20.2.3.2 Function.prototype.bind ( thisArg, ...args )
    private static Object bind(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (!Comparison.isCallable(thisArg)) throw f.realm().typeError("Bind must be called on a function");
        JSObject target = (JSObject) thisArg;
        Object[] boundArgs = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : ObjectOperations.NO_ARGS;
        BoundFunction bound = new BoundFunction(f.realm(), target, arg(args, 0), boundArgs);
        double length = 0;
        if (ObjectOperations.hasOwnProperty(target, "length")) {
            Object targetLen = target.get("length", target);
            if (Types.isNumber(targetLen)) {
                double d = ((Number) targetLen).doubleValue();
                if (d == Double.POSITIVE_INFINITY) {
                    length = d;
                } else if (d != Double.NEGATIVE_INFINITY) {
                    length = Math.max(Conversion.toIntegerOrInfinity(targetLen) - boundArgs.length, 0);
                }
            }
        }
        // 10.2.10 SetFunctionLength and 10.2.9 SetFunctionName with the prefix "bound"
        bound.defineOwn("length", Types.number(length), Property.CONFIGURABLE);
        Object targetName = target.get("name", target);
        String name = targetName instanceof CharSequence s ? s.toString() : "";
        bound.defineOwn("name", "bound " + name, Property.CONFIGURABLE);
        return bound;
    }

    // 20.2.3.3 Function.prototype.call ( thisArg, ...args )
    private static Object call(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object func = thisArg;
        if (!Comparison.isCallable(func)) throw f.realm().typeError("Function.prototype.call was called on "
                + ObjectOperations.describeForError(func) + ", which is not a function");
        Object[] rest = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : ObjectOperations.NO_ARGS;
        return ((JSObject) func).call(arg(args, 0), rest);
    }

    // 20.2.3.5 Function.prototype.toString ( )
    private static Object toStringMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (thisArg instanceof JSFunction func) {
            String source = func.sourceText();
            if (source != null) return source;
            // step 3: a built-in function shows its [[InitialName]] in the NativeFunction syntax
            if (func instanceof BuiltinFunction builtin) return "function " + builtin.debugName() + "() { [native code] }";
        }
        if (Comparison.isCallable(thisArg)) return "function () { [native code] }";
        throw f.realm().typeError("Function.prototype.toString requires that 'this' be a Function");
    }

    // 20.2.3.6 Function.prototype [ %Symbol.hasInstance% ] ( V )
    private static Object hasInstance(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return ObjectOperations.ordinaryHasInstance(thisArg, arg(args, 0));
    }
}
