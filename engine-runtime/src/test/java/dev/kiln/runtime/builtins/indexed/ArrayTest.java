package dev.kiln.runtime.builtins.indexed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArrayTest extends ArrayTestSupport {
    private static final Object U = Undefined.INSTANCE;

    // ---------------------------------------------------------------- constructor

    @Test
    void constructorArgumentForms() {
        Object array = global("Array");
        ArrayObject empty = (ArrayObject) ObjectOperations.call(array, U);
        assertEquals(0, empty.length());
        ArrayObject sized = (ArrayObject) ObjectOperations.construct(array, new Object[] {5}, null);
        assertEquals(5, sized.length());
        assertEquals(Arrays.asList(null, null, null, null, null), elements(sized));
        assertEquals(List.of("5"), elements(ObjectOperations.call(array, U, "5")));
        assertEquals(List.of(1, 2, 3), elements(ObjectOperations.call(array, U, 1, 2, 3)));
        assertThrowsJS("RangeError", () -> ObjectOperations.call(array, U, -1));
        assertThrowsJS("RangeError", () -> ObjectOperations.call(array, U, 1.5));
        assertThrowsJS("RangeError", () -> ObjectOperations.call(array, U, 4294967296.0));
        assertEquals(4294967295L, ((ArrayObject) ObjectOperations.call(array, U, 4294967295.0)).length());
    }

    @Test
    void fromOfIsArray() {
        JSObject array = (JSObject) global("Array");
        assertEquals(List.of(1, 2), elements(callMethod(array, "from", array(1, 2))));
        JSObject arrayLike = newObject();
        arrayLike.set("length", 2);
        arrayLike.set(0, "a");
        assertEquals(Arrays.asList("a", U), elements(callMethod(array, "from", arrayLike)));
        assertEquals(List.of(2, 4), elements(callMethod(array, "from", array(1, 2), fn(a -> (Integer) a[0] * 2))));
        assertEquals(List.of(7, 8), elements(callMethod(array, "of", 7, 8)));
        assertEquals(true, callMethod(array, "isArray", array()));
        assertEquals(false, callMethod(array, "isArray", arrayLike));
    }

    @Test
    void prototypeIsAnArrayAndIteratorIsValues() {
        JSObject proto = (JSObject) ((JSObject) global("Array")).get("prototype");
        assertTrue(proto.isArray());
        assertSame(proto.get("values"), proto.get(Symbol.ITERATOR));
        JSObject unscopables = (JSObject) proto.get(Symbol.UNSCOPABLES);
        assertEquals(null, unscopables.getPrototypeOf());
        assertEquals(true, unscopables.get("flat"));
    }

    // ---------------------------------------------------------------- sort

    @Test
    void sortIsStable() {
        Random random = new Random(42);
        Object[] items = new Object[2000];
        for (int i = 0; i < items.length; i++) {
            JSObject o = newObject();
            o.set("key", random.nextInt(10));
            o.set("order", i);
            items[i] = o;
        }
        ArrayObject a = array(items);
        arrayMethod("sort", a, fn(args -> num(((JSObject) args[0]).get("key")) - num(((JSObject) args[1]).get("key"))));
        List<Object> sorted = elements(a);
        for (int i = 1; i < sorted.size(); i++) {
            JSObject prev = (JSObject) sorted.get(i - 1), cur = (JSObject) sorted.get(i);
            double pk = num(prev.get("key")), ck = num(cur.get("key"));
            assertTrue(pk < ck || pk == ck && num(prev.get("order")) < num(cur.get("order")));
        }
    }

    @Test
    void defaultSortComparesStringsAndPutsUndefinedThenHolesLast() {
        ArrayObject a = arrayWithHoles(10, 9, null, U, 1, "b", 2, null);
        arrayMethod("sort", a);
        assertEquals(Arrays.asList(1, 10, 2, 9, "b", U, null, null), elements(a));
        assertEquals(8, a.length());
    }

    @Test
    void defaultSortOfIntegersIsStringOrder() {
        java.util.Random random = new java.util.Random(3);
        Object[] items = new Object[3000];
        for (int i = 0; i < items.length; i++) {
            int bound = switch (i % 4) { case 0 -> 10; case 1 -> 1000; case 2 -> Integer.MAX_VALUE; default -> 100000; };
            int v = random.nextInt(bound);
            items[i] = i % 3 == 0 ? -v : v;
        }
        items[0] = Integer.MIN_VALUE;
        items[1] = Integer.MAX_VALUE;
        ArrayObject a = array(items);
        arrayMethod("sort", a);
        List<Object> expected = new ArrayList<>(Arrays.asList(items));
        expected.sort((x, y) -> x.toString().compareTo(y.toString()));
        assertEquals(expected, elements(a));
    }

    @Test
    void inconsistentComparatorStillGivesAPermutation() {
        Random random = new Random(7);
        Object[] items = new Object[500];
        for (int i = 0; i < items.length; i++) items[i] = i;
        ArrayObject a = array(items);
        arrayMethod("sort", a, fn(args -> switch (random.nextInt(4)) {
            case 0 -> -1;
            case 1 -> 1;
            case 2 -> Double.NaN;
            default -> "0";
        }));
        List<Object> result = new ArrayList<>(elements(a));
        result.sort((x, y) -> Integer.compare((Integer) x, (Integer) y));
        assertEquals(Arrays.asList(items), result);
    }

    @Test
    void throwingComparatorLeavesTheArrayUntouched() {
        ArrayObject a = array(3, 1, 2, 5, 4);
        int[] calls = {0};
        JSException e = org.junit.jupiter.api.Assertions.assertThrows(JSException.class,
                () -> arrayMethod("sort", a, fn(args -> {
                    if (++calls[0] == 3) throw JSException.of("boom");
                    return num(args[0]) - num(args[1]);
                })));
        assertEquals("boom", e.value(realm));
        assertEquals(List.of(3, 1, 2, 5, 4), elements(a));
    }

    @Test
    void comparatorThatEmptiesTheArrayBreaksNothing() {
        ArrayObject a = array(5, 4, 3, 2, 1);
        arrayMethod("sort", a, fn(args -> {
            a.set("length", 0);
            return num(args[0]) - num(args[1]);
        }));
        assertEquals(List.of(1, 2, 3, 4, 5), elements(a));
    }

    @Test
    void sortRejectsANonCallableComparator() {
        assertThrowsJS("TypeError", () -> arrayMethod("sort", array(1), "x"));
        ArrayObject a = array(2, 1);
        assertEquals(List.of(1, 2), elements(arrayMethod("toSorted", a)));
        assertEquals(List.of(2, 1), elements(a));
    }

    // ---------------------------------------------------------------- splice and friends

    @Test
    void spliceEdgeCases() {
        ArrayObject a = array(0, 1, 2, 3, 4, 5);
        assertEquals(List.of(4, 5), elements(arrayMethod("splice", a, -2)));
        assertEquals(List.of(0, 1, 2, 3), elements(a));
        assertEquals(List.of(1, 2), elements(arrayMethod("splice", a, 1, 2, "a", "b", "c")));
        assertEquals(List.of(0, "a", "b", "c", 3), elements(a));
        assertEquals(List.of(), elements(arrayMethod("splice", a)));
        assertEquals(List.of(0, "a", "b", "c", 3), elements(arrayMethod("splice", a, 0, Double.POSITIVE_INFINITY)));
        assertEquals(0, a.length());
        ArrayObject holes = arrayWithHoles(1, null, 3, null, 5);
        assertEquals(Arrays.asList(null, 3), elements(arrayMethod("splice", holes, 1, 2, "x")));
        assertEquals(Arrays.asList(1, "x", null, 5), elements(holes));
        // A generic array-like.
        JSObject like = newObject();
        like.set("length", 3);
        like.set(0, "p");
        like.set(2, "r");
        arrayMethod("splice", like, 1, 0, "q");
        assertEquals(4, num(like.get("length")));
        assertEquals(Arrays.asList("p", "q", null, "r"), elements(like));
    }

    @Test
    void shiftUnshiftPushPop() {
        ArrayObject a = arrayWithHoles(1, null, 3);
        assertEquals(5, arrayMethod("unshift", a, "a", "b"));
        assertEquals(Arrays.asList("a", "b", 1, null, 3), elements(a));
        assertEquals("a", arrayMethod("shift", a));
        assertEquals(Arrays.asList("b", 1, null, 3), elements(a));
        assertEquals(6, arrayMethod("push", a, 4, 5));
        assertEquals(5, arrayMethod("pop", a));
        assertEquals(Arrays.asList("b", 1, null, 3, 4), elements(a));
        ArrayObject frozenLength = array(1);
        frozenLength.defineOwnProperty("length", new PropertyDescriptor().writable(false));
        assertThrowsJS("TypeError", () -> arrayMethod("push", frozenLength));
        assertThrowsJS("TypeError", () -> arrayMethod("pop", frozenLength));
    }

    @Test
    void lengthsNearTheLimits() {
        ArrayObject a = array();
        a.set("length", 4294967295.0);
        assertThrowsJS("RangeError", () -> arrayMethod("push", a, "x"));
        assertEquals("x", a.get("4294967295"));
        assertEquals(4294967295L, a.length());
        JSObject like = newObject();
        like.set("length", 9007199254740991.0);
        assertThrowsJS("TypeError", () -> arrayMethod("push", like, 1));
        assertThrowsJS("TypeError", () -> arrayMethod("unshift", like, 1));
        assertThrowsJS("TypeError", () -> arrayMethod("splice", like, 0, 0, 1));
        like.set("9007199254740990", "last");
        assertEquals(9007199254740990.0, num(arrayMethod("lastIndexOf", like, "last")));
        assertEquals(9007199254740990.0, num(arrayMethod("indexOf", like, "last", 9007199254740980.0)));
        assertThrowsJS("RangeError", () -> arrayMethod("toReversed", a));
        assertThrowsJS("RangeError", () -> arrayMethod("concat", a, array(1, 2)));
    }

    @Test
    void sparseArraysCostTheirElementsNotTheirLength() {
        ArrayObject a = array();
        a.set(Integer.valueOf((int) 4294967294L), "end");
        a.set(7, "seven");
        assertEquals(4294967295L, a.length());
        assertEquals(4294967294.0, num(arrayMethod("indexOf", a, "end")));
        assertEquals(7, arrayMethod("lastIndexOf", a, "seven"));
        assertEquals(true, arrayMethod("includes", a, U));
        int[] calls = {0};
        arrayMethod("forEach", a, fn(args -> {
            calls[0]++;
            return U;
        }));
        assertEquals(2, calls[0]);
        ArrayObject sliced = (ArrayObject) arrayMethod("slice", a, 4294967290.0);
        assertEquals(5, sliced.length());
        assertEquals("end", sliced.get(4));
        arrayMethod("sort", a);
        assertEquals("end", a.get(0));
        assertEquals("seven", a.get(1));
        assertFalse(a.hasProperty(7));
    }

    @Test
    void holesAreSkippedOrReadThroughAsSpecified() {
        ArrayObject a = arrayWithHoles(1, null, 3);
        assertEquals(-1, arrayMethod("indexOf", a, U));
        assertEquals(true, arrayMethod("includes", a, U));
        assertEquals("1,,3", arrayMethod("join", a));
        assertEquals(Arrays.asList(3, null, 1), elements(arrayMethod("reverse", a)));
        assertEquals(Arrays.asList(1, U, 3), elements(arrayMethod("toReversed", a)));
        assertEquals(Arrays.asList(1, 3), elements(arrayMethod("flat", arrayWithHoles(array(1), null, array(3)))));
        // A hole reads through to the prototype chain.
        JSObject proto = (JSObject) ((JSObject) global("Array")).get("prototype");
        proto.set(1, "inherited");
        try {
            assertEquals("3,inherited,1", arrayMethod("join", a));
            assertEquals(1, arrayMethod("indexOf", a, "inherited"));
        } finally {
            proto.delete(1);
        }
    }

    @Test
    void joinOfTooLongAStringIsARangeError() {
        ArrayObject a = array();
        a.set("length", 4294967295.0);
        assertThrowsJS("RangeError", () -> arrayMethod("join", a, "abc"));
        assertEquals("", arrayMethod("join", a, ""));
    }

    @Test
    void callbackMethods() {
        ArrayObject a = array(1, 2, 3, 4);
        assertEquals(List.of(2, 4, 6, 8), elements(arrayMethod("map", a, fn(args -> (Integer) args[0] * 2))));
        assertEquals(List.of(2, 4), elements(arrayMethod("filter", a, fn(args -> (Integer) args[0] % 2 == 0))));
        assertEquals(10.0, num(arrayMethod("reduce", a, fn(args -> num(args[0]) + num(args[1])))));
        assertEquals("4321", arrayMethod("reduceRight", a, fn(args -> "" + args[0] + args[1]), ""));
        assertEquals(3, arrayMethod("find", a, fn(args -> (Integer) args[0] > 2)));
        assertEquals(3, arrayMethod("findLastIndex", a, fn(args -> (Integer) args[0] > 2)));
        assertEquals(true, arrayMethod("some", a, fn(args -> (Integer) args[0] == 4)));
        assertEquals(false, arrayMethod("every", a, fn(args -> (Integer) args[0] < 4)));
        assertEquals(List.of(1, 1, 2, 2), elements(arrayMethod("flatMap", array(1, 2), fn(args -> array(args[0], args[0])))));
        assertThrowsJS("TypeError", () -> arrayMethod("reduce", array()));
        assertThrowsJS("TypeError", () -> arrayMethod("map", a, Null.INSTANCE));
        // Elements appended by the callback are not visited; deleted ones are not visited.
        ArrayObject b = array(1, 2, 3);
        List<Object> seen = new ArrayList<>();
        arrayMethod("forEach", b, fn(args -> {
            seen.add(args[0]);
            b.delete(2);
            arrayMethod("push", b, "new");
            return U;
        }));
        assertEquals(List.of(1, 2), seen);
    }

    @Test
    void concatSpreadsArraysAndSpreadables() {
        JSObject spreadable = newObject();
        spreadable.set("length", 2);
        spreadable.set(0, "s0");
        spreadable.set(Symbol.IS_CONCAT_SPREADABLE, true);
        ArrayObject notSpread = array(9);
        notSpread.set(Symbol.IS_CONCAT_SPREADABLE, false);
        ArrayObject r = (ArrayObject) arrayMethod("concat", array(1), array(2, 3), spreadable, notSpread, "x");
        assertEquals(Arrays.asList(1, 2, 3, "s0", null, notSpread, "x"), elements(r));
    }

    @Test
    void speciesConstructorIsUsed() {
        ArrayObject a = array(1, 2, 3);
        JSObject ctor = newObject();
        JSObject species = (JSObject) global("Array");
        ctor.set(Symbol.SPECIES, Null.INSTANCE);
        a.set("constructor", ctor);
        ArrayObject plain = (ArrayObject) arrayMethod("slice", a, 1);
        assertEquals(List.of(2, 3), elements(plain));
        ctor.set(Symbol.SPECIES, 5);
        assertThrowsJS("TypeError", () -> arrayMethod("map", a, fn(args -> args[0])));
        ctor.set(Symbol.SPECIES, species);
        assertNotSame(a, arrayMethod("filter", a, fn(args -> true)));
    }

    @Test
    void copyWithinFillWithAt() {
        assertEquals(List.of(4, 5, 3, 4, 5), elements(arrayMethod("copyWithin", array(1, 2, 3, 4, 5), 0, 3)));
        assertEquals(List.of(1, 2, 1, 2, 3), elements(arrayMethod("copyWithin", array(1, 2, 3, 4, 5), 2, 0)));
        assertEquals(List.of(1, 0, 0, 4), elements(arrayMethod("fill", array(1, 2, 3, 4), 0, 1, -1)));
        assertEquals(List.of(1, "w", 3), elements(arrayMethod("with", array(1, 2, 3), -2, "w")));
        assertThrowsJS("RangeError", () -> arrayMethod("with", array(1), 1, 0));
        assertEquals(3, arrayMethod("at", array(1, 2, 3), -1));
        assertEquals(U, arrayMethod("at", array(1, 2, 3), 3));
        assertEquals(List.of(1, "a", "b", 3), elements(arrayMethod("toSpliced", array(1, 2, 3), 1, 1, "a", "b")));
    }

    @Test
    void joinAndToStringConvertElements() {
        assertEquals("1,a,,,true,1.5", arrayMethod("join", array(1, "a", U, Null.INSTANCE, true, 1.5)));
        assertEquals("1-2", arrayMethod("join", array(1, 2), "-"));
        assertEquals("1,2", arrayMethod("toString", array(1, 2)));
    }
}
