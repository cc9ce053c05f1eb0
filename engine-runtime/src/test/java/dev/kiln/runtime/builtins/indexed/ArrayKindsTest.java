package dev.kiln.runtime.builtins.indexed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.DoubleElements;
import dev.kiln.runtime.object.Elements;
import dev.kiln.runtime.object.IntElements;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.ObjectElements;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.object.SparseElements;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every Array built-in gives the same results, and leaves the array the same, whichever kind of
 * element storage the array has: the same logical contents (holes included) are built in int,
 * double, Object and sparse storage, and each operation runs on a fresh copy of each.
 */
class ArrayKindsTest extends ArrayTestSupport {
    private static final Object U = Undefined.INSTANCE;
    private static final Object HOLE = null;

    private enum Kind { INT, DOUBLE, OBJECT, SPARSE }

    /** An array holding {@code values} (null: a hole) in storage of {@code kind}. */
    private ArrayObject make(Kind kind, Object[] values) {
        ArrayObject a = ArrayObject.create(realm, 0, null);
        Integer seedKey = values.length;
        switch (kind) {
            case INT -> a.set(seedKey, 1);
            case DOUBLE -> a.set(seedKey, 0.5);
            case OBJECT -> a.set(seedKey, "seed");
            case SPARSE -> a.defineOwnProperty(seedKey, PropertyDescriptor.data("seed", false, true, true));
        }
        // The seed past the values fixes the kind (and, read-only, keeps sparse storage sparse) while they are stored.
        for (int i = 0; i < values.length; i++) if (values[i] != null) a.set(Integer.valueOf(i), values[i]);
        a.delete(seedKey);
        a.set("length", values.length);
        Class<? extends Elements> expected = switch (kind) {
            case INT -> IntElements.class;
            case DOUBLE -> DoubleElements.class;
            case OBJECT -> ObjectElements.class;
            case SPARSE -> SparseElements.class;
        };
        assertInstanceOf(expected, a.elements, () -> kind + " storage for " + java.util.Arrays.asList(values));
        return a;
    }

    /** A readable form that tells -0 from 0, a hole from undefined, and an int from a string. */
    private String repr(Object v) {
        if (v == null) return "<hole>";
        if (v instanceof Integer || v instanceof Double) {
            double d = ((Number) v).doubleValue();
            if (d == 0 && 1 / d < 0) return "-0";
            return Conversion.toString(v);
        }
        if (v instanceof CharSequence s) return "'" + s + "'";
        if (v instanceof ArrayObject a) {
            List<String> parts = new ArrayList<>();
            for (long i = 0; i < a.length(); i++) {
                Object key = PropertyKey.fromIndex(i);
                parts.add(a.hasOwnProperty(key) ? repr(a.get(key)) : "<hole>");
            }
            return parts.toString();
        }
        if (v instanceof JSObject) return "object";
        return Conversion.toString(v);
    }

    private final Map<String, Function<ArrayObject, Object>> operations = new LinkedHashMap<>();

    private void op(String name, Function<ArrayObject, Object> f) {
        operations.put(name, f);
    }

    {
        for (Object probe : new Object[] {1, 2, 3, 3.5, -0.0, 0, Double.NaN, U, "1"}) {
            String p = repr(probe);
            op("indexOf " + p, a -> callMethod(a, "indexOf", probe));
            op("indexOf " + p + " from 2", a -> callMethod(a, "indexOf", probe, 2));
            op("indexOf " + p + " from -2", a -> callMethod(a, "indexOf", probe, -2));
            op("lastIndexOf " + p, a -> callMethod(a, "lastIndexOf", probe));
            op("lastIndexOf " + p + " from 2", a -> callMethod(a, "lastIndexOf", probe, 2));
            op("includes " + p, a -> callMethod(a, "includes", probe));
            op("includes " + p + " from 3", a -> callMethod(a, "includes", probe, 3));
        }
        op("join", a -> callMethod(a, "join"));
        op("join -", a -> callMethod(a, "join", "-"));
        op("toString", a -> callMethod(a, "toString"));
        op("at -1", a -> callMethod(a, "at", -1));
        op("slice 1 4", a -> callMethod(a, "slice", 1, 4));
        op("slice -2", a -> callMethod(a, "slice", -2));
        op("slice 10", a -> callMethod(a, "slice", 10));
        op("concat", a -> callMethod(a, "concat", array(9), 10));
        op("reverse", a -> callMethod(a, "reverse"));
        op("sort", a -> callMethod(a, "sort"));
        op("sort descending", a -> callMethod(a, "sort", fn(x -> -Double.compare(num(x[0]), num(x[1])))));
        op("copyWithin 0 2", a -> callMethod(a, "copyWithin", 0, 2));
        op("copyWithin 1 0 3", a -> callMethod(a, "copyWithin", 1, 0, 3));
        op("fill 7 1 3", a -> callMethod(a, "fill", 7, 1, 3));
        op("fill 2.5", a -> callMethod(a, "fill", 2.5));
        op("fill x from -1", a -> callMethod(a, "fill", "x", -1));
        op("splice 1 2 x", a -> callMethod(a, "splice", 1, 2, "x"));
        op("splice 1 0 5 6", a -> callMethod(a, "splice", 1, 0, 5, 6));
        op("splice 2", a -> callMethod(a, "splice", 2));
        op("push", a -> callMethod(a, "push", 4, 4.5));
        op("pop", a -> callMethod(a, "pop"));
        op("shift", a -> callMethod(a, "shift"));
        op("unshift", a -> callMethod(a, "unshift", 0, -0.0));
        op("map typeof", a -> callMethod(a, "map", fn(x -> dev.kiln.runtime.value.Types.typeof(x[0]))));
        op("map double", a -> callMethod(a, "map", fn(x -> num(x[0]) * 2)));
        op("filter", a -> callMethod(a, "filter", fn(x -> !Integer.valueOf(2).equals(x[0]))));
        op("forEach indices", a -> {
            List<Object> seen = new ArrayList<>();
            callMethod(a, "forEach", fn(x -> seen.add(x[1])));
            return seen.toString();
        });
        op("reduce", a -> callMethod(a, "reduce", fn(x -> repr(x[0]) + "," + repr(x[1])), ""));
        op("toSorted", a -> callMethod(a, "toSorted"));
        op("toReversed", a -> callMethod(a, "toReversed"));
        op("toSpliced", a -> callMethod(a, "toSpliced", 1, 1));
        op("with", a -> callMethod(a, "with", 0, 8));
        op("Array.from", a -> callMethod(global("Array"), "from", a));
        op("keys", a -> callMethod(global("Object"), "keys", a));
        op("length = 2", a -> {
            a.set("length", 2);
            return (double) a.length();
        });
        op("delete 0", a -> a.delete(Integer.valueOf(0)));
        op("store far", a -> {
            a.set(Integer.valueOf(3000), 1);
            return callMethod(a, "lastIndexOf", 1);
        });
    }

    private void sameForEveryKind(Object[] values, Kind... kinds) {
        for (Map.Entry<String, Function<ArrayObject, Object>> op : operations.entrySet()) {
            ArrayObject reference = make(Kind.OBJECT, values);
            String expected = repr(op.getValue().apply(reference)) + " leaving " + repr(reference);
            for (Kind kind : kinds) {
                ArrayObject a = make(kind, values);
                String actual = repr(op.getValue().apply(a)) + " leaving " + repr(a);
                assertEquals(expected, actual, op.getKey() + " on " + kind + " " + repr(make(Kind.OBJECT, values)));
            }
        }
    }

    @Test
    void intsPackedAndWithHoles() {
        sameForEveryKind(new Object[] {3, 1, 2, 10, 1}, Kind.INT, Kind.DOUBLE, Kind.SPARSE);
        sameForEveryKind(new Object[] {3, HOLE, 2, HOLE, 1, HOLE}, Kind.INT, Kind.DOUBLE, Kind.SPARSE);
        sameForEveryKind(new Object[] {HOLE, 0, -5, 2}, Kind.INT, Kind.DOUBLE, Kind.SPARSE);
    }

    @Test
    void doublesWithNaNAndMinusZero() {
        sameForEveryKind(new Object[] {2.5, Double.NaN, -0.0, 3.5, 1, 0}, Kind.DOUBLE, Kind.SPARSE);
        sameForEveryKind(new Object[] {HOLE, Double.NaN, HOLE, -0.0, 1e300, HOLE}, Kind.DOUBLE, Kind.SPARSE);
    }

    @Test
    void mixedValues() {
        sameForEveryKind(new Object[] {"1", 1, U, HOLE, 2.5, "b", HOLE}, Kind.SPARSE);
    }

    @Test
    void arrayFromAnArrayCopiesItsStorageAndReadsHolesAsUndefined() {
        Object from = ((JSObject) global("Array")).get("from");
        ArrayObject doubles = (ArrayObject) ObjectOperations.call(from, global("Array"), make(Kind.DOUBLE, new Object[] {1.5, 2}));
        assertInstanceOf(DoubleElements.class, doubles.elements);
        ArrayObject holey = (ArrayObject) ObjectOperations.call(from, global("Array"), make(Kind.INT, new Object[] {1, HOLE}));
        assertEquals("[1, undefined]", repr(holey));
        JSObject iteratorPrototype = (JSObject) ((JSObject) callMethod(array(), "values")).getPrototypeOf();
        int[] calls = {0};
        iteratorPrototype.set("next", fn(x -> dev.kiln.runtime.ops.Iteration.createIterResultObject(realm, 7, ++calls[0] > 2)));
        Object once = ObjectOperations.call(from, global("Array"), make(Kind.INT, new Object[] {1}));
        assertEquals("[7, 7]", repr(once), "a replaced next is called");
    }

    @Test
    void theReferenceResultsAreTheSpecs() {
        ArrayObject a = make(Kind.DOUBLE, new Object[] {HOLE, Double.NaN, -0.0, 1});
        assertEquals(-1, callMethod(a, "indexOf", Double.NaN));
        assertEquals(true, callMethod(a, "includes", Double.NaN));
        assertEquals(2, callMethod(a, "indexOf", 0));
        assertEquals(true, callMethod(a, "includes", U), "a hole reads as undefined");
        assertEquals(-1, callMethod(a, "indexOf", U), "indexOf skips holes");
        assertEquals("[<hole>, NaN, -0, 1]", repr(a));
        assertEquals("[1, -0, NaN, <hole>]", repr(callMethod(a, "reverse")));
    }
}
