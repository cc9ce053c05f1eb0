package dev.kiln.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberToStringTest {
    @Test
    void formatsAsNumberToStringPrescribes() {
        assertEquals("0", NumberToString.toString(-0.0));
        assertEquals("NaN", NumberToString.toString(Double.NaN));
        assertEquals("-Infinity", NumberToString.toString(Double.NEGATIVE_INFINITY));
        assertEquals("123", NumberToString.toString(123));
        assertEquals("0.1", NumberToString.toString(0.1));
        assertEquals("0.30000000000000004", NumberToString.toString(0.1 + 0.2));
        assertEquals("1e+21", NumberToString.toString(1e21));
        assertEquals("100000000000000000000", NumberToString.toString(1e20));
        assertEquals("0.000001", NumberToString.toString(1e-6));
        assertEquals("1e-7", NumberToString.toString(1e-7));
        assertEquals("1.5e-7", NumberToString.toString(1.5e-7));
        assertEquals("5e-324", NumberToString.toString(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", NumberToString.toString(Double.MAX_VALUE));
        assertEquals("-1.5", NumberToString.toString(-1.5));
        assertEquals("123456789012345680000", NumberToString.toString(123456789012345680000.0));
        // JDK 17's Double.toString prints a digit too many for this one.
        assertEquals("0.002", NumberToString.toString(2e-3));
        assertEquals("1e+23", NumberToString.toString(1e23));
    }

    @Test
    void radix() {
        assertEquals("ff", NumberToString.toString(255, 16));
        assertEquals("-1010", NumberToString.toString(-10, 2));
        assertEquals("0.1", NumberToString.toString(0.5, 2));
        assertEquals("0.4", NumberToString.toString(0.25, 16));
    }

    @Test
    void int32() {
        assertEquals(-1, Conversion.toInt32(-1.5));
        assertEquals(-2147483648, Conversion.toInt32(2147483648.0));
        assertEquals(1, Conversion.toInt32(4294967297.0));
        assertEquals(0, Conversion.toInt32(Double.NaN));
        assertEquals(4294967295L, Conversion.toUint32(-1));
    }

    @Test
    void stringToNumber() {
        assertEquals(255, Conversion.stringToNumber(" 0xff "));
        assertEquals(0, Conversion.stringToNumber(""));
        assertEquals(Double.NaN, Conversion.stringToNumber("1d"));
        assertEquals(Double.NaN, Conversion.stringToNumber("-0x10"));
        assertEquals(Double.NaN, Conversion.stringToNumber("1_000"));
        assertEquals(-Double.POSITIVE_INFINITY, Conversion.stringToNumber("-Infinity"));
        assertEquals(0.5, Conversion.stringToNumber(".5"));
        assertEquals(5, Conversion.stringToNumber("5."));
        assertEquals(Double.NaN, Conversion.stringToNumber("."));
        assertEquals(1e3, Conversion.stringToNumber("1e3"));
    }
}
