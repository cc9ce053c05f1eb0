package dev.kiln.runtime.builtins.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.builtins.indexed.ArrayTestSupport;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.IteratorRecord;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IteratorTest extends ArrayTestSupport {
    private List<Object> drain(Object iterator) {
        IteratorRecord record = Iteration.getIteratorDirect((JSObject) iterator);
        return Iteration.iteratorToList(record);
    }

    @Test
    void arrayIterationTakesTheFastPathUntilNextIsReplaced() {
        ArrayObject a = array(1, 2, 3);
        assertTrue(Iteration.isUnmodifiedArrayIteration(a));
        IteratorRecord record = Iteration.getIterator(realm, a);
        assertTrue(record.isArrayFastPath());
        assertEquals(List.of(1, 2, 3), Iteration.iteratorToList(record));
        assertTrue(record.done);

        JSObject arrayIteratorPrototype = realm.intrinsic(Intrinsic.ARRAY_ITERATOR_PROTOTYPE);
        Object originalNext = arrayIteratorPrototype.get("next");
        int[] calls = {0};
        arrayIteratorPrototype.set("next", fn(args -> {
            calls[0]++;
            return Iteration.createIterResultObject(realm, "replaced", calls[0] > 2);
        }));
        try {
            assertFalse(Iteration.isUnmodifiedArrayIteration(a));
            IteratorRecord slow = Iteration.getIterator(realm, a);
            assertFalse(slow.isArrayFastPath());
            assertEquals(List.of("replaced", "replaced"), Iteration.iteratorToList(slow));
        } finally {
            arrayIteratorPrototype.set("next", originalNext);
        }
        a.set(Symbol.ITERATOR, fn(args -> callMethod(array("own"), "values")));
        assertFalse(Iteration.isUnmodifiedArrayIteration(a));
    }

    @Test
    void arrayIteratorSeesChangesDuringIteration() {
        ArrayObject a = array(1, 2);
        IteratorRecord record = Iteration.getIterator(realm, a);
        List<Object> seen = new ArrayList<>();
        for (Object v; (v = Iteration.iteratorStepValue(record)) != null; ) {
            seen.add(v);
            if (seen.size() < 3) a.set(Integer.valueOf((int) a.length()), "added");
        }
        assertEquals(List.of(1, 2, "added", "added"), seen);
        assertEquals(List.of(0, 1), drain(callMethod(array("a", "b"), "keys")));
        List<Object> entries = drain(callMethod(array("a"), "entries"));
        assertEquals(1, entries.size());
        assertEquals(Arrays.asList(0, "a"), elements(entries.get(0)));
    }

    @Test
    void lazyHelpersChain() {
        Object iterator = callMethod(array(1, 2, 3, 4, 5, 6), "values");
        Object chain = callMethod(callMethod(callMethod(callMethod(iterator, "drop", 1), "filter", fn(a -> (Integer) a[0] % 2 == 0)),
                "map", fn(a -> (Integer) a[0] * 10)), "take", 2);
        assertEquals(List.of(20, 40), elements(callMethod(chain, "toArray")));
        Object flat = callMethod(callMethod(array(1, 2), "values"), "flatMap", fn(a -> array(a[0], a[0])));
        assertEquals(List.of(1, 1, 2, 2), drain(flat));
        assertEquals(6.0, ((Number) callMethod(callMethod(array(1, 2, 3), "values"), "reduce", fn(a -> ((Integer) a[0]) + ((Integer) a[1])))).doubleValue());
        assertEquals(true, callMethod(callMethod(array(1, 2, 3), "values"), "some", fn(a -> (Integer) a[0] == 2)));
        assertEquals(3, callMethod(callMethod(array(1, 2, 3), "values"), "find", fn(a -> (Integer) a[0] > 2)));
        assertThrowsJS("RangeError", () -> callMethod(callMethod(array(), "values"), "take", -1));
        assertThrowsJS("TypeError", () -> callMethod(callMethod(array(), "values"), "map", 1));
    }

    /** An iterator over 0, 1, 2, ... that counts the calls of its return method. */
    private JSObject countingIterator(int[] returns) {
        JSObject it = newObject();
        int[] next = {0};
        it.set("next", fn(a -> Iteration.createIterResultObject(realm, next[0]++, false)));
        it.set("return", fn(a -> {
            returns[0]++;
            return newObject();
        }));
        return it;
    }

    @Test
    void returnClosesTheUnderlyingIterator() {
        int[] returns = {0};
        Object wrapped = callMethod(global("Iterator"), "from", countingIterator(returns));
        assertSame(realm.intrinsic(Intrinsic.WRAP_FOR_VALID_ITERATOR_PROTOTYPE), ((JSObject) wrapped).getPrototypeOf());
        Object mapped = callMethod(wrapped, "map", fn(a -> a[0]));
        callMethod(mapped, "return");
        assertEquals(1, returns[0]);
        callMethod(mapped, "return");
        assertEquals(1, returns[0]);
        Object taken = callMethod(callMethod(global("Iterator"), "from", countingIterator(returns)), "take", 1);
        assertEquals(List.of(0), drain(taken));
        assertEquals(2, returns[0]);
    }

    @Test
    void reenteringARunningHelperIsATypeError() {
        Object[] helper = new Object[1];
        helper[0] = callMethod(callMethod(array(1, 2), "values"), "map", fn(a -> callMethod(helper[0], "next")));
        assertThrowsJS("TypeError", () -> callMethod(helper[0], "next"));
        assertEquals(Boolean.TRUE, ((JSObject) callMethod(helper[0], "next")).get("done"));
    }

    @Test
    void concatRunsItsIterablesInTurn() {
        Object iterator = callMethod(global("Iterator"), "concat", array(1, 2), array(), array(3));
        assertEquals(List.of(1, 2, 3), drain(iterator));
        assertThrowsJS("TypeError", () -> callMethod(global("Iterator"), "concat", 1));
    }

    @Test
    void iteratorIsAbstract() {
        assertThrowsJS("TypeError", () -> ObjectOperations.call(global("Iterator"), Undefined.INSTANCE));
        assertThrowsJS("TypeError", () -> ObjectOperations.construct(global("Iterator"), new Object[0], null));
        JSObject proto = realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE);
        assertSame(global("Iterator"), proto.get("constructor"));
        assertEquals("Iterator", proto.get(Symbol.TO_STRING_TAG));
        assertThrowsJS("TypeError", () -> proto.set("constructor", 1));
        JSObject derived = new JSObject(proto);
        derived.set("constructor", 1);
        assertEquals(1, derived.get("constructor"));
    }

    @Test
    void proposalsChunksWindowsIncludesJoinDispose() {
        List<Object> chunks = drain(callMethod(callMethod(array(1, 2, 3, 4, 5), "values"), "chunks", 2));
        assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), chunks.stream().map(this::elements).toList());
        List<Object> windows = drain(callMethod(callMethod(array(1, 2, 3, 4), "values"), "windows", 3));
        assertEquals(List.of(List.of(1, 2, 3), List.of(2, 3, 4)), windows.stream().map(this::elements).toList());
        List<Object> partial = drain(callMethod(callMethod(array(1, 2), "values"), "windows", 3, "allow-partial"));
        assertEquals(List.of(List.of(1, 2)), partial.stream().map(this::elements).toList());
        assertThrowsJS("RangeError", () -> callMethod(callMethod(array(), "values"), "chunks", 0));
        assertThrowsJS("TypeError", () -> callMethod(callMethod(array(), "values"), "windows", 1, "partial"));
        assertEquals(true, callMethod(callMethod(array(1, Double.NaN), "values"), "includes", Double.NaN));
        assertEquals(false, callMethod(callMethod(array(1, 2), "values"), "includes", 1, 1));
        assertThrowsJS("TypeError", () -> callMethod(callMethod(array(), "values"), "includes", 1, 0.5));
        assertEquals("1-2-", callMethod(callMethod(array(1, 2, Undefined.INSTANCE), "values"), "join", "-"));
        int[] returns = {0};
        ObjectOperations.call(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE).get(Symbol.DISPOSE), countingIterator(returns));
        assertEquals(1, returns[0]);
    }

    @Test
    void zipModes() {
        JSObject zip = (JSObject) global("Iterator");
        List<Object> shortest = drain(callMethod(zip, "zip", array(array(1, 2, 3), array("a", "b"))));
        assertEquals(List.of(List.of(1, "a"), List.of(2, "b")), shortest.stream().map(this::elements).toList());
        JSObject longestOptions = newObject();
        longestOptions.set("mode", "longest");
        longestOptions.set("padding", array("p", "q"));
        List<Object> longest = drain(callMethod(zip, "zip", array(array(1, 2, 3), array("a")), longestOptions));
        assertEquals(List.of(List.of(1, "a"), List.of(2, "q"), List.of(3, "q")), longest.stream().map(this::elements).toList());
        JSObject strictOptions = newObject();
        strictOptions.set("mode", "strict");
        Object strict = callMethod(zip, "zip", array(array(1), array()), strictOptions);
        assertThrowsJS("TypeError", () -> drain(strict));
        JSObject inputs = newObject();
        inputs.set("x", array(1, 2));
        inputs.set("y", array(3, 4));
        List<Object> keyed = drain(callMethod(zip, "zipKeyed", inputs));
        assertEquals(2, keyed.size());
        JSObject first = (JSObject) keyed.get(0);
        assertEquals(null, first.getPrototypeOf());
        assertEquals(1, first.get("x"));
        assertEquals(3, first.get("y"));
    }
}
