package dev.kiln.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.ops.References;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Undefined;
import org.junit.jupiter.api.Test;

/** The kinds of dense element storage, their transitions, holes, and the limits of element storage. */
class ElementsKindsTest {
    private final Realm realm = new Realm();

    private ArrayObject array(Object... values) {
        return ArrayObject.of(realm, values);
    }

    private static double bits(Object number) {
        return ((Number) number).doubleValue();
    }

    // ---------------------------------------------------------------- the kind an array starts in

    @Test
    void arraysStartInTheMostSpecificKindThatHoldsTheirValues() {
        assertInstanceOf(IntElements.class, array(1, 2, 3).elements);
        assertInstanceOf(IntElements.class, array(1.0, 2, -7.0).elements, "integral doubles are ints");
        assertInstanceOf(DoubleElements.class, array(1, 2.5).elements);
        assertInstanceOf(DoubleElements.class, array(1, -0.0).elements, "-0 is no int");
        assertInstanceOf(DoubleElements.class, array(Integer.MIN_VALUE).elements, "-2^31 is the int hole");
        assertInstanceOf(DoubleElements.class, array(Double.NaN).elements);
        assertInstanceOf(ObjectElements.class, array(1, "x").elements);
        assertInstanceOf(ObjectElements.class, array(Undefined.INSTANCE).elements);
        ArrayObject empty = ArrayObject.create(realm, 0, null);
        assertTrue(empty.trySetIndexFast(0, 1.5));
        assertInstanceOf(DoubleElements.class, empty.elements, "the first store picks the kind");
    }

    @Test
    void valuesReadBackAsTheNumbersStored() {
        ArrayObject a = array(1, 2.5, -0.0, Double.NaN, Integer.MIN_VALUE);
        assertEquals(1, a.get(0));
        assertEquals(2.5, a.get(1));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(bits(a.get(2))));
        assertTrue(Double.isNaN(bits(a.get(3))));
        assertEquals(Integer.MIN_VALUE, bits(a.get(4)));
        assertEquals(2.5, a.getNumberFast(1));
        assertTrue(DoubleElements.isHoleValue(a.getNumberFast(7)), "past the end: no number");
    }

    // ---------------------------------------------------------------- transitions

    @Test
    void transitionsGoOnlyTowardsMoreGeneralKinds() {
        ArrayObject a = array(1, 2, 3);
        assertTrue(a.trySetIndexFast(1, 0.5));
        assertInstanceOf(DoubleElements.class, a.elements);
        assertTrue(a.trySetIndexFast(1, 2));
        assertInstanceOf(DoubleElements.class, a.elements, "never back to ints");
        assertTrue(a.trySetIndexFast(0, (Object) "x"));
        assertInstanceOf(ObjectElements.class, a.elements);
        assertTrue(a.trySetIndexFast(0, 1));
        assertInstanceOf(ObjectElements.class, a.elements, "never back to doubles");
        assertEquals(java.util.List.of(1, 2, 3), java.util.List.of(a.get(0), a.get(1), a.get(2)));
    }

    @Test
    void storingTheIntHoleValueOrMinusZeroMovesIntsToDoubles() {
        ArrayObject a = array(1, 2);
        assertTrue(a.trySetIndexFast(0, Integer.MIN_VALUE));
        assertInstanceOf(DoubleElements.class, a.elements);
        assertEquals(Integer.MIN_VALUE, bits(a.get(0)));
        assertTrue(a.hasOwnProperty(Integer.valueOf(1)));
        ArrayObject b = array(1, 2);
        assertTrue(b.trySetIndexFast(1, -0.0));
        assertInstanceOf(DoubleElements.class, b.elements);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(bits(b.get(1))));
    }

    @Test
    void aHoleOfEveryKindIsAbsent() {
        for (Object filler : new Object[] {7, 7.5, "s"}) {
            ArrayObject a = ArrayObject.create(realm, 0, null);
            assertTrue(a.trySetIndexFast(0, filler));
            assertTrue(a.trySetIndexFast(3, filler));
            DenseElements d = (DenseElements) a.elements;
            assertEquals(4, d.size());
            assertEquals(2, d.count());
            assertFalse(d.isPacked());
            assertFalse(a.hasOwnProperty(Integer.valueOf(1)), filler.toString());
            assertNull(a.getIndexFast(2));
            assertSame(Undefined.INSTANCE, a.get(2));
            assertEquals(java.util.List.of(0, 3, "length"), a.ownPropertyKeys());
            a.delete(Integer.valueOf(3));
            assertEquals(1, d.size(), "trailing holes are past the end");
            assertEquals(4, a.length());
        }
    }

    @Test
    void everyNaNIsStoredCanonicallySoNoneLooksLikeAHole() {
        double holeBits = Double.longBitsToDouble(DoubleElements.HOLE_BITS);
        ArrayObject a = array(0.5, 1.5);
        assertTrue(a.trySetIndexFast(0, holeBits));
        assertTrue(a.hasOwnProperty(Integer.valueOf(0)));
        assertTrue(Double.isNaN(bits(a.get(0))));
        assertFalse(DoubleElements.isHoleValue(a.getNumberFast(0)));
        a.set(Integer.valueOf(1), Double.longBitsToDouble(0xFFF8_0000_0000_1234L));
        assertEquals(Double.doubleToRawLongBits(Double.NaN), Double.doubleToRawLongBits(((DoubleElements) a.elements).doubleAt(1)));
    }

    @Test
    void minusZeroAsAKeyIsIndexZero() {
        ArrayObject a = array(5, 6);
        assertEquals(5, References.getElement(realm, a, -0.0));
        assertEquals(5, References.getElement(realm, a, (Object) (-0.0)));
        References.setElement(realm, a, -0.0, 9, true);
        assertEquals(9, a.get(0));
        assertEquals(2, a.length());
        assertEquals(java.util.List.of(0, 1, "length"), a.ownPropertyKeys());
    }

    @Test
    void typedElementAccessKeepsTheSemanticsOfOtherKeys() {
        ArrayObject a = array(1, 2);
        References.setElement(realm, a, -1, 3, true);
        assertEquals(3, a.get("-1"), "a negative index names a string key");
        assertEquals(2, a.length());
        References.setElement(realm, a, 1.5, 2.5, true);
        assertEquals(2.5, a.get("1.5"));
        References.setElement(realm, a, 4294967294.0, 7, true);
        assertEquals(4294967295L, a.length());
        assertEquals(7, References.getElement(realm, a, 4294967294.0));
        assertEquals(3.0, References.getElementAsNumber(realm, a, -1));
        assertEquals("b", References.getElement(realm, "ab", 1));
        assertSame(Undefined.INSTANCE, References.getElement(realm, "ab", 2));
        JSException e = assertThrows(JSException.class, () -> References.getElement(realm, Undefined.INSTANCE, 0));
        assertEquals("TypeError", ((JSObject) e.value(realm)).get("name"));
    }

    @Test
    void frozenArraysRefuseTypedStores() {
        ArrayObject a = array(1, 2);
        ObjectOperations.setIntegrityLevel(a, ObjectOperations.IntegrityLevel.FROZEN);
        assertFalse(a.trySetIndexFast(0, 5));
        JSException e = assertThrows(JSException.class, () -> References.setElement(realm, a, 0, 5, true));
        assertEquals("TypeError", ((JSObject) e.value(realm)).get("name"));
        References.setElement(realm, a, 0, 5.5, false);
        assertEquals(1, a.get(0));
    }

    // ---------------------------------------------------------------- prototypes

    @Test
    void holesReadThroughToPrototypeElementsAndAppendsMeetPrototypeSetters() {
        JSObject proto = new JSObject(realm.intrinsic(Intrinsic.ARRAY_PROTOTYPE));
        ArrayObject a = array(1, 2, 3);
        a.delete(Integer.valueOf(1));
        assertTrue(a.setPrototypeOf(proto));
        proto.set(Integer.valueOf(1), "inherited");
        assertFalse(NoElementsProtector.isIntact(), "an element on a prototype invalidates the protector");
        assertEquals("inherited", References.getElement(realm, a, 1));
        Object[] seen = new Object[1];
        proto.defineOwnAccessor(Integer.valueOf(5), Undefined.INSTANCE,
                BuiltinFunction.of(realm, "set", 1, (f, t, args, n) -> seen[0] = args[0]), Property.CONFIGURABLE);
        References.setElement(realm, a, 5, 42, true);
        assertEquals(42, seen[0], "the inherited setter runs");
        assertFalse(a.hasOwnProperty(Integer.valueOf(5)));
        assertEquals(3, a.length());
    }

    @Test
    void anObjectWithElementsThatBecomesAPrototypeInvalidatesTheProtector() {
        JSObject withElements = new JSObject(null);
        withElements.set(Integer.valueOf(0), "x");
        ArrayObject a = ArrayObject.create(realm, 2, withElements);
        assertFalse(NoElementsProtector.isIntact());
        assertEquals("x", a.get(0));
        assertFalse(a.trySetIndexFast(1, 1), "the walk that replaces the protector sees the prototype's element");
        assertTrue(a.set(Integer.valueOf(1), 1));
        assertEquals(1, a.get(1));
    }

    @Test
    void aStringWrapperAsPrototypeKeepsItsCharacters() {
        StringObject s = new StringObject(realm.intrinsic(Intrinsic.STRING_PROTOTYPE), "ab");
        ArrayObject a = ArrayObject.create(realm, 2, s);
        assertEquals("b", a.get(1));
        assertFalse(a.trySetIndexFast(0, 1), "index 0 is a read-only character of the prototype");
        assertFalse(a.set(Integer.valueOf(0), 1));
    }

    // ---------------------------------------------------------------- sparse storage and limits

    @Test
    void sparseStorageTurnsDenseWhenHalfFull() {
        ArrayObject a = ArrayObject.create(realm, 0, null);
        a.set(Integer.valueOf(10_000), 1);
        assertInstanceOf(SparseElements.class, a.elements);
        for (int i = 0; i < 5_000; i++) a.set(Integer.valueOf(i), i);
        assertInstanceOf(IntElements.class, a.elements);
        assertEquals(5_001, a.elements.count());
        assertEquals(1, a.get(10_000));
        assertEquals(4_999, a.get(4_999));
    }

    @Test
    void aFarWriteKeepsStorageDenseWhileHalfFull() {
        Object[] values = new Object[3_000];
        java.util.Arrays.fill(values, 1);
        ArrayObject a = array(values);
        a.set(Integer.valueOf(5_000), 2);
        assertInstanceOf(IntElements.class, a.elements);
        a.set(Integer.valueOf(50_000), 3);
        assertInstanceOf(SparseElements.class, a.elements);
    }

    @Test
    void attributesMoveElementsToSparseStorage() {
        ArrayObject a = array(1, 2);
        assertTrue(a.defineOwnProperty(Integer.valueOf(0), new PropertyDescriptor().writable(false)));
        assertInstanceOf(SparseElements.class, a.elements);
        assertFalse(a.trySetIndexFast(0, 5));
        assertEquals(1, a.get(0));
    }

    @Test
    void fillingMoreElementsThanStorageHoldsIsARangeErrorUpFront() {
        ArrayObject huge = ArrayObject.create(realm, 1_000_000_000L, null);
        JSException e = assertThrows(JSException.class, () -> ObjectOperations.invoke(realm, huge, "fill", 0));
        assertEquals("RangeError", ((JSObject) e.value(realm)).get("name"));
        assertEquals("Invalid array length", ((JSObject) e.value(realm)).get("message"));
        assertEquals(null, huge.elements, "nothing was stored");
        ArrayObject far = ArrayObject.create(realm, 0, null);
        far.set(Integer.valueOf(500_000_000), 1);
        e = assertThrows(JSException.class, () -> ObjectOperations.invoke(realm, far, "fill", 0));
        assertEquals("RangeError", ((JSObject) e.value(realm)).get("name"));
        assertEquals(1, far.elements.count());
        JSObject arrayLike = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        arrayLike.set("length", 1e9);
        e = assertThrows(JSException.class, () -> ObjectOperations.call(
                ((JSObject) realm.intrinsic(Intrinsic.ARRAY_PROTOTYPE)).get("fill"), arrayLike, 0));
        assertEquals("RangeError", ((JSObject) e.value(realm)).get("name"));
    }

    @Test
    void storageThatCannotHoldEveryIndexIsKnownBeforeAnyStore() {
        assertTrue(Elements.canHoldAll(0, DenseElements.MAX_DENSE));
        assertTrue(Elements.canHoldAll(500_000_000, 500_000_000L + SparseElements.MAX_COUNT));
        assertFalse(Elements.canHoldAll(0, DenseElements.MAX_DENSE + 1L));
    }
}
