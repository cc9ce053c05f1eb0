package dev.kiln.runtime.link;

import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.completion.ScriptTermination;
import dev.kiln.runtime.function.ArgumentsObject;
import dev.kiln.runtime.function.FunctionData;
import dev.kiln.runtime.function.ScriptFunction;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Symbol;
import java.util.ArrayList;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Undefined;

/**
 * Small runtime entry points generated code calls for what is not worth inline bytecode:
 * making closures, errors of the binding rules, this coercion, and turning what a catch clause
 * caught into a JavaScript value.
 */
public final class CompiledCode {
    private CompiledCode() {}

    /** InstantiateOrdinaryFunctionExpression and friends: a closure of {@code data} over {@code env}. */
    public static ScriptFunction closure(FunctionData data, Object[] env) {
        return ScriptFunction.create(data, env);
    }

    /** Argument {@code i}, or undefined when fewer were passed. */
    public static Object argument(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.INSTANCE;
    }

    /** A long list of binding names, stored as one string constant with U+0000 between the names. */
    public static String[] names(String joined) {
        return joined.split("\0", -1);
    }

    /** A long list of flags, stored as one string constant of '0' and '1'. */
    public static boolean[] flags(String bits) {
        boolean[] flags = new boolean[bits.length()];
        for (int i = 0; i < flags.length; i++) flags[i] = bits.charAt(i) == '1';
        return flags;
    }

    /** The ReferenceError of reading or writing a binding in its temporal dead zone. */
    public static JSException tdzError(String name) {
        return JSException.referenceError("Cannot access '" + name + "' before initialization");
    }

    /** The TypeError of assigning to a const (or, in strict code, to a function's own name). */
    public static JSException constAssignmentError() {
        return JSException.typeError("Assignment to constant variable.");
    }

    /** The ReferenceError of an unresolvable name. */
    public static JSException notDefinedError(String name) {
        return JSException.referenceError(name + " is not defined");
    }

    /** The ReferenceError of assigning to a call expression (Annex B: {@code f() = 1} parses). */
    public static JSException invalidAssignmentTarget() {
        return JSException.referenceError("Invalid left-hand side in assignment");
    }

    /** {@code throw value} */
    public static JSException throwValue(Object value) {
        return JSException.of(value);
    }

    /** 10.2.1.2 OrdinaryCallBindThis for a sloppy function: undefined and null become the global this, primitives are wrapped. */
    public static Object sloppyThis(Realm realm, Object thisArg) {
        if (thisArg instanceof JSObject) return thisArg;
        if (thisArg == Undefined.INSTANCE || thisArg == Null.INSTANCE) return realm.globalThisValue();
        return PrimitiveWrapper.wrap(realm, thisArg);
    }

    /**
     * The JavaScript value a catch clause binds for a caught Java throwable: a thrown value, a
     * pending error made in {@code realm}, or a RangeError for a stack overflow. Anything else
     * (a termination, an engine bug) is rethrown: JavaScript cannot catch it.
     */
    public static Object caught(Realm realm, Throwable t) {
        if (t instanceof JSException e) return e.value(realm);
        if (t instanceof StackOverflowError) return realm.newError(ErrorKind.RANGE_ERROR, "Maximum call stack size exceeded");
        throw dev.kiln.runtime.function.Unchecked.rethrow(t);
    }

    /** Whether a finally block may run for this throwable: not for a termination. */
    public static boolean isTermination(Throwable t) {
        return t instanceof ScriptTermination;
    }

    // ------------------------------------------------------------------ literals

    /** 13.2.7.3 RegularExpressionLiteral evaluation: RegExpCreate with the literal's pattern and flags. */
    public static Object regExpLiteral(Realm realm, String pattern, String flags) {
        JSObject regExp = realm.intrinsic(Intrinsic.REG_EXP);
        if (regExp == null) throw realm.syntaxError("Regular expressions are not available in this build");
        return regExp.construct(new Object[] {pattern, flags}, regExp);
    }

    /** An array literal without spread; Java null marks a hole. */
    public static ArrayObject arrayLiteral(Realm realm, Object[] values) {
        for (Object v : values) {
            if (v == null) return arrayWithHoles(realm, values);
        }
        return ArrayObject.of(realm, values);
    }

    /** An array literal with spread, from the list of its values (Java null marks a hole). */
    public static ArrayObject arrayFromList(Realm realm, ArrayList<Object> values) {
        return arrayLiteral(realm, values.toArray());
    }

    private static ArrayObject arrayWithHoles(Realm realm, Object[] values) {
        ArrayObject a = ArrayObject.create(realm, values.length, null);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) a.defineOwn(Integer.valueOf(i), values[i], Property.DEFAULT);
        }
        return a;
    }

    /** A spread element: appends the values of the iterable. */
    public static void spreadInto(ArrayList<Object> list, Realm realm, Object iterable) {
        for (Object v : Iteration.iterableToArray(realm, iterable, null)) list.add(v);
    }

    public static Object[] listToArray(ArrayList<Object> list) {
        return list.toArray();
    }

    /** The object of an object literal. */
    public static JSObject newObject(Realm realm) {
        return new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
    }

    /** A spread property in an object literal (13.2.5.5: CopyDataProperties with nothing excluded). */
    public static void copyDataProperties(Realm realm, JSObject target, Object source) {
        ObjectOperations.copyDataProperties(realm, target, source, null);
    }

    /** {@code __proto__: value} in an object literal (B.3.1): objects and null set the prototype. */
    public static void setLiteralPrototype(JSObject o, Object value) {
        if (value instanceof JSObject p) o.setPrototypeOf(p);
        else if (value == Null.INSTANCE) o.setPrototypeOf(null);
    }

    /** A property of an object literal: CreateDataPropertyOrThrow. */
    public static void defineDataProperty(Object o, Object key, Object value) {
        JSObject obj = (JSObject) o;
        if (obj.getClass() == JSObject.class && !(key instanceof Integer) && obj.shape.isCacheable()
                && obj.shape.isExtensible() && obj.shape.find(key) == null) {
            // A new named property of an ordinary extensible object: 10.1.6.3 step 2 adds it as is.
            obj.addNamed(key, value, Property.DEFAULT);
            return;
        }
        ObjectOperations.createDataPropertyOrThrow(obj, key, value);
    }

    /**
     * A method, getter ({@code kind} 1) or setter (2) of an object literal or class body: sets its
     * [[HomeObject]], names it if its key was computed, and defines it (15.4.4 DefineMethodProperty).
     */
    public static void defineMethod(Object home, Object key, ScriptFunction f, int kind, boolean enumerable, boolean computedName) {
        JSObject o = (JSObject) home;
        f.homeObject = o;
        if (computedName) setFunctionName(f, key, kind == 1 ? "get" : kind == 2 ? "set" : "");
        PropertyDescriptor desc = kind == 0 ? PropertyDescriptor.data(f, true, enumerable, true)
                : kind == 1 ? new PropertyDescriptor().getter(f).enumerable(enumerable).configurable(true)
                : new PropertyDescriptor().setter(f).enumerable(enumerable).configurable(true);
        ObjectOperations.definePropertyOrThrow(o, key, desc);
    }

    /** 10.2.9 SetFunctionName */
    public static void setFunctionName(Object f, Object key, String prefix) {
        String name;
        if (key instanceof Symbol s) name = s.description() == null ? "" : "[" + s.description() + "]";
        else if (key instanceof dev.kiln.runtime.value.PrivateName p) name = p.description();
        else name = PropertyKey.toValue(key).toString();
        if (!prefix.isEmpty()) name = prefix + " " + name;
        ObjectOperations.definePropertyOrThrow((JSObject) f, "name", PropertyDescriptor.data(name, false, false, true));
    }

    // ------------------------------------------------------------------ operators on bindings and calls

    /** 9.1.1.4.7 DeleteBinding of the global environment, for {@code delete name} in sloppy code. */
    public static boolean deleteGlobal(Realm realm, String name) {
        if (realm.globalEnv().hasLexicalDeclaration(name)) return false;
        JSObject global = realm.globalObject();
        if (!ObjectOperations.hasOwnProperty(global, name)) return true;
        return global.delete(name);
    }

    /** 13.3.5.1.1 EvaluateNew */
    public static Object construct(Realm realm, Object callee, Object[] args, String description) {
        if (!(callee instanceof JSObject c) || !c.isConstructor()) throw realm.typeError(description + " is not a constructor");
        return c.construct(args, c);
    }

    /** 13.3.7.1 super.key: [[Get]] on the home object's prototype with this as receiver. */
    public static Object superGet(ScriptFunction f, Object thisValue, Object key) {
        JSObject proto = superBase(f, key);
        return proto.get(key instanceof String s ? PropertyKey.fromString(s) : key, thisValue);
    }

    /** super.key = value */
    public static void superSet(ScriptFunction f, Object thisValue, Object key, Object value, boolean strict) {
        JSObject proto = superBase(f, key);
        Object k = key instanceof String s ? PropertyKey.fromString(s) : key;
        if (!proto.set(k, value, thisValue) && strict) {
            throw JSException.typeError("Cannot assign to read only property '" + PropertyKey.describe(k) + "' of object");
        }
    }

    private static JSObject superBase(ScriptFunction f, Object key) {
        JSObject home = f.homeObject;
        JSObject proto = home == null ? null : home.getPrototypeOf();
        if (proto == null) throw JSException.typeError("Cannot read properties of null (reading '" + PropertyKey.describe(key) + "')");
        return proto;
    }

    /** 13.3.7.1 SuperCall steps 5-6: {@code func} is GetSuperConstructor()'s result, taken before the arguments. */
    public static Object superCall(JSObject func, Object newTarget, Object[] args) {
        return ScriptFunction.constructSuper(func, args, newTarget);
    }

    /** 7.3.33 InitializeInstanceElements: at a base class constructor's entry, or when a derived one's super() returns. */
    public static void initializeInstanceElements(Object instance, ScriptFunction constructor) {
        constructor.initializeInstanceElements((JSObject) instance);
    }

    /**
     * {@code f.apply(thisArg, arguments)} in a function that forwards its arguments without making
     * its arguments object (codegen's ApplyOfArguments). With %Function.prototype.apply% and a
     * callable f this is what 20.2.3.1 does with the object's elements, so f gets a copy of the
     * raw argument list; any other {@code apply} gets the arguments object (10.4.4), made now.
     */
    public static Object applyArguments(Object apply, Object f, Object thisArg, Object[] args, ScriptFunction callee,
                                        boolean mapped, String description) {
        if (apply instanceof BuiltinFunction b
                && b == b.realm().intrinsic(Intrinsic.FUNCTION_PROTOTYPE_APPLY) && f instanceof JSObject target
                && target.isCallable()) {
            return target.call(thisArg, args.clone());
        }
        if (!(apply instanceof JSObject a) || !a.isCallable()) throw JSException.typeError(description + " is not a function");
        Realm realm = callee.realm();
        JSObject argumentsObject = mapped
                ? ArgumentsObject.createMapped(realm, callee, args, new int[0], null)
                : ArgumentsObject.createUnmapped(realm, callee, args);
        return a.call(f, new Object[] {thisArg, argumentsObject});
    }
}
