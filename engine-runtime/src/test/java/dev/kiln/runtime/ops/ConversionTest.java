package dev.kiln.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConversionTest {
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
