package dev.kiln.runtime.builtins.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.builtins.BuiltinsTestSupport;
import org.junit.jupiter.api.Test;

/** toFixed, toExponential, toPrecision and toString(radix) against node's output for tricky values. */
class NumberPrototypeTest extends BuiltinsTestSupport {
    private static final int[] FIXED_DIGITS = {0, 1, 2, 3, 10, 20};
    private static final int[] EXPONENTIAL_DIGITS = {0, 1, 2, 5, 20};
    private static final int[] PRECISIONS = {1, 2, 3, 5, 10, 21};

    @Test
    void formatsExactlyAsTheSpecRoundsTheBinaryValue() {
        check(1.005, new String[] {"1", "1.0", "1.00", "1.005", "1.0050000000", "1.00499999999999989342"}, new String[] {"1.005e+0", "1e+0", "1.0e+0", "1.00e+0", "1.00500e+0", "1.00499999999999989342e+0"}, new String[] {"1", "1.0", "1.00", "1.0050", "1.005000000", "1.00499999999999989342"});
        check(1e21, new String[] {"1e+21", "1e+21", "1e+21", "1e+21", "1e+21", "1e+21"}, new String[] {"1e+21", "1e+21", "1.0e+21", "1.00e+21", "1.00000e+21", "1.00000000000000000000e+21"}, new String[] {"1e+21", "1.0e+21", "1.00e+21", "1.0000e+21", "1.000000000e+21", "1.00000000000000000000e+21"});
        check(0.000001, new String[] {"0", "0.0", "0.00", "0.000", "0.0000010000", "0.00000100000000000000"}, new String[] {"1e-6", "1e-6", "1.0e-6", "1.00e-6", "1.00000e-6", "9.99999999999999954748e-7"}, new String[] {"0.000001", "0.0000010", "0.00000100", "0.0000010000", "0.000001000000000", "9.99999999999999954748e-7"});
        check(123.456, new String[] {"123", "123.5", "123.46", "123.456", "123.4560000000", "123.45600000000000306954"}, new String[] {"1.23456e+2", "1e+2", "1.2e+2", "1.23e+2", "1.23456e+2", "1.23456000000000003070e+2"}, new String[] {"1e+2", "1.2e+2", "123", "123.46", "123.4560000", "123.456000000000003070"});
        check(-1.5, new String[] {"-2", "-1.5", "-1.50", "-1.500", "-1.5000000000", "-1.50000000000000000000"}, new String[] {"-1.5e+0", "-2e+0", "-1.5e+0", "-1.50e+0", "-1.50000e+0", "-1.50000000000000000000e+0"}, new String[] {"-2", "-1.5", "-1.50", "-1.5000", "-1.500000000", "-1.50000000000000000000"});
        check(0.0, new String[] {"0", "0.0", "0.00", "0.000", "0.0000000000", "0.00000000000000000000"}, new String[] {"0e+0", "0e+0", "0.0e+0", "0.00e+0", "0.00000e+0", "0.00000000000000000000e+0"}, new String[] {"0", "0.0", "0.00", "0.0000", "0.000000000", "0.00000000000000000000"});
        check(-0.0, new String[] {"0", "0.0", "0.00", "0.000", "0.0000000000", "0.00000000000000000000"}, new String[] {"0e+0", "0e+0", "0.0e+0", "0.00e+0", "0.00000e+0", "0.00000000000000000000e+0"}, new String[] {"0", "0.0", "0.00", "0.0000", "0.000000000", "0.00000000000000000000"});
        check(2.5, new String[] {"3", "2.5", "2.50", "2.500", "2.5000000000", "2.50000000000000000000"}, new String[] {"2.5e+0", "3e+0", "2.5e+0", "2.50e+0", "2.50000e+0", "2.50000000000000000000e+0"}, new String[] {"3", "2.5", "2.50", "2.5000", "2.500000000", "2.50000000000000000000"});
        check(0.5, new String[] {"1", "0.5", "0.50", "0.500", "0.5000000000", "0.50000000000000000000"}, new String[] {"5e-1", "5e-1", "5.0e-1", "5.00e-1", "5.00000e-1", "5.00000000000000000000e-1"}, new String[] {"0.5", "0.50", "0.500", "0.50000", "0.5000000000", "0.500000000000000000000"});
        check(1.45, new String[] {"1", "1.4", "1.45", "1.450", "1.4500000000", "1.44999999999999995559"}, new String[] {"1.45e+0", "1e+0", "1.4e+0", "1.45e+0", "1.45000e+0", "1.44999999999999995559e+0"}, new String[] {"1", "1.4", "1.45", "1.4500", "1.450000000", "1.44999999999999995559"});
        check(1.55, new String[] {"2", "1.6", "1.55", "1.550", "1.5500000000", "1.55000000000000004441"}, new String[] {"1.55e+0", "2e+0", "1.6e+0", "1.55e+0", "1.55000e+0", "1.55000000000000004441e+0"}, new String[] {"2", "1.6", "1.55", "1.5500", "1.550000000", "1.55000000000000004441"});
        check(8.345, new String[] {"8", "8.3", "8.35", "8.345", "8.3450000000", "8.34500000000000063949"}, new String[] {"8.345e+0", "8e+0", "8.3e+0", "8.35e+0", "8.34500e+0", "8.34500000000000063949e+0"}, new String[] {"8", "8.3", "8.35", "8.3450", "8.345000000", "8.34500000000000063949"});
        check(1000000000000000128.0, new String[] {"1000000000000000128", "1000000000000000128.0", "1000000000000000128.00", "1000000000000000128.000", "1000000000000000128.0000000000", "1000000000000000128.00000000000000000000"}, new String[] {"1.0000000000000001e+18", "1e+18", "1.0e+18", "1.00e+18", "1.00000e+18", "1.00000000000000012800e+18"}, new String[] {"1e+18", "1.0e+18", "1.00e+18", "1.0000e+18", "1.000000000e+18", "1000000000000000128.00"});
        check(0.1, new String[] {"0", "0.1", "0.10", "0.100", "0.1000000000", "0.10000000000000000555"}, new String[] {"1e-1", "1e-1", "1.0e-1", "1.00e-1", "1.00000e-1", "1.00000000000000005551e-1"}, new String[] {"0.1", "0.10", "0.100", "0.10000", "0.1000000000", "0.100000000000000005551"});
        check(4.9e-324, new String[] {"0", "0.0", "0.00", "0.000", "0.0000000000", "0.00000000000000000000"}, new String[] {"5e-324", "5e-324", "4.9e-324", "4.94e-324", "4.94066e-324", "4.94065645841246544177e-324"}, new String[] {"5e-324", "4.9e-324", "4.94e-324", "4.9407e-324", "4.940656458e-324", "4.94065645841246544177e-324"});
        check(1.7976931348623157e308, new String[] {"1.7976931348623157e+308", "1.7976931348623157e+308", "1.7976931348623157e+308", "1.7976931348623157e+308", "1.7976931348623157e+308", "1.7976931348623157e+308"}, new String[] {"1.7976931348623157e+308", "2e+308", "1.8e+308", "1.80e+308", "1.79769e+308", "1.79769313486231570815e+308"}, new String[] {"2e+308", "1.8e+308", "1.80e+308", "1.7977e+308", "1.797693135e+308", "1.79769313486231570815e+308"});
        check(123456789.0, new String[] {"123456789", "123456789.0", "123456789.00", "123456789.000", "123456789.0000000000", "123456789.00000000000000000000"}, new String[] {"1.23456789e+8", "1e+8", "1.2e+8", "1.23e+8", "1.23457e+8", "1.23456789000000000000e+8"}, new String[] {"1e+8", "1.2e+8", "1.23e+8", "1.2346e+8", "123456789.0", "123456789.000000000000"});
        check(0.00001234, new String[] {"0", "0.0", "0.00", "0.000", "0.0000123400", "0.00001234000000000000"}, new String[] {"1.234e-5", "1e-5", "1.2e-5", "1.23e-5", "1.23400e-5", "1.23400000000000004369e-5"}, new String[] {"0.00001", "0.000012", "0.0000123", "0.000012340", "0.00001234000000", "0.0000123400000000000004369"});
        check(999.9995, new String[] {"1000", "1000.0", "1000.00", "1000.000", "999.9995000000", "999.99950000000001182343"}, new String[] {"9.999995e+2", "1e+3", "1.0e+3", "1.00e+3", "1.00000e+3", "9.99999500000000011823e+2"}, new String[] {"1e+3", "1.0e+3", "1.00e+3", "1000.0", "999.9995000", "999.999500000000011823"});
        check(9.995, new String[] {"10", "10.0", "9.99", "9.995", "9.9950000000", "9.99499999999999921840"}, new String[] {"9.995e+0", "1e+1", "1.0e+1", "9.99e+0", "9.99500e+0", "9.99499999999999921840e+0"}, new String[] {"1e+1", "10", "9.99", "9.9950", "9.995000000", "9.99499999999999921840"});
        check(1.25, new String[] {"1", "1.3", "1.25", "1.250", "1.2500000000", "1.25000000000000000000"}, new String[] {"1.25e+0", "1e+0", "1.3e+0", "1.25e+0", "1.25000e+0", "1.25000000000000000000e+0"}, new String[] {"1", "1.3", "1.25", "1.2500", "1.250000000", "1.25000000000000000000"});
        check(1.35, new String[] {"1", "1.4", "1.35", "1.350", "1.3500000000", "1.35000000000000008882"}, new String[] {"1.35e+0", "1e+0", "1.4e+0", "1.35e+0", "1.35000e+0", "1.35000000000000008882e+0"}, new String[] {"1", "1.4", "1.35", "1.3500", "1.350000000", "1.35000000000000008882"});
    }

    /** Expected values printed by node for toFixed(FIXED_DIGITS), toExponential() then toExponential(EXPONENTIAL_DIGITS), toPrecision(PRECISIONS). */
    private void check(double x, String[] fixed, String[] exponential, String[] precision) {
        for (int i = 0; i < FIXED_DIGITS.length; i++) {
            assertEquals(fixed[i], callOn("Number.prototype.toFixed", x, FIXED_DIGITS[i]), x + ".toFixed(" + FIXED_DIGITS[i] + ")");
        }
        assertEquals(exponential[0], callOn("Number.prototype.toExponential", x), x + ".toExponential()");
        for (int i = 0; i < EXPONENTIAL_DIGITS.length; i++) {
            assertEquals(exponential[i + 1], callOn("Number.prototype.toExponential", x, EXPONENTIAL_DIGITS[i]),
                    x + ".toExponential(" + EXPONENTIAL_DIGITS[i] + ")");
        }
        for (int i = 0; i < PRECISIONS.length; i++) {
            assertEquals(precision[i], callOn("Number.prototype.toPrecision", x, PRECISIONS[i]), x + ".toPrecision(" + PRECISIONS[i] + ")");
        }
    }

    @Test
    void argumentRangesAndNonFiniteValues() {
        assertThrowsJS("RangeError", () -> callOn("Number.prototype.toFixed", 1, 101));
        assertThrowsJS("RangeError", () -> callOn("Number.prototype.toFixed", Double.NaN, -1));
        assertEquals("NaN", callOn("Number.prototype.toFixed", Double.NaN, 2));
        assertEquals("Infinity", callOn("Number.prototype.toExponential", Double.POSITIVE_INFINITY, 1000));
        assertThrowsJS("RangeError", () -> callOn("Number.prototype.toExponential", 1, 101));
        assertThrowsJS("RangeError", () -> callOn("Number.prototype.toPrecision", 1, 0));
        assertEquals("-Infinity", callOn("Number.prototype.toPrecision", Double.NEGATIVE_INFINITY, 0));
        assertEquals("1.5", callOn("Number.prototype.toPrecision", 1.5, dev.kiln.runtime.value.Undefined.INSTANCE));
        assertThrowsJS("TypeError", () -> callOn("Number.prototype.toFixed", "1", 2));
    }

    @Test
    void toStringWithRadix() {
        assertEquals("ff", callOn("Number.prototype.toString", 255, 16));
        assertEquals("-11", callOn("Number.prototype.toString", -3, 2));
        assertEquals("0.1", callOn("Number.prototype.toString", 0.5, 2));
        assertEquals("1e+21", callOn("Number.prototype.toString", 1e21));
        assertThrowsJS("RangeError", () -> callOn("Number.prototype.toString", 1, 37));
        assertThrowsJS("RangeError", () -> callOn("Number.prototype.toString", 1, 1));
    }
}
