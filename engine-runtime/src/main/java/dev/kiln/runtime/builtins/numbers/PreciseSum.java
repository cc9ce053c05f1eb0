package dev.kiln.runtime.builtins.numbers;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.IteratorRecord;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Types;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * 21.3.2.34 Math.sumPrecise: the exact sum of the finite values, rounded once.
 *
 * <p>The sum is kept as Shewchuk's expansion: non-overlapping doubles whose exact sum is the
 * running total (each new value is added with error-free two-sums), and the final rounding
 * looks past the top two terms to round half-even correctly. A value of magnitude 2^970 or
 * more could make a partial overflow even though the total does not, so from the first such
 * value on the sum continues exactly in BigDecimal.
 */
final class PreciseSum {
    private enum State { MINUS_ZERO, FINITE, PLUS_INFINITY, MINUS_INFINITY, NOT_A_NUMBER }

    private static final double HUGE = 0x1p970;

    private State state = State.MINUS_ZERO;
    private double[] partials = new double[8];
    private int size;
    private BigDecimal exact; // non-null once a huge value was seen

    // 21.3.2.34 Math.sumPrecise ( items )
    static Object sumPrecise(Realm realm, Object items) {
        Comparison.requireObjectCoercible(items, "Math.sumPrecise");
        IteratorRecord record = Iteration.getIterator(realm, items);
        PreciseSum sum = new PreciseSum();
        long count = 0;
        while (true) {
            Object next = Iteration.iteratorStepValue(record);
            if (next == null) break;
            if (count >= 0x1p53 - 1) {
                throw Iteration.iteratorCloseOnThrow(record, JSException.rangeError("Math.sumPrecise: too many values"));
            }
            if (!(next instanceof Integer) && !(next instanceof Double)) {
                throw Iteration.iteratorCloseOnThrow(record, JSException.typeError("Math.sumPrecise: the values must be numbers"));
            }
            sum.add(((Number) next).doubleValue());
            count++;
            if ((count & 0xFFFF) == 0) realm.poll();
        }
        return Types.number(sum.result());
    }

    /** Step 7.b.iv: one value into the state and the sum. */
    void add(double n) {
        if (state == State.NOT_A_NUMBER) return;
        if (n != n) {
            state = State.NOT_A_NUMBER;
        } else if (n == Double.POSITIVE_INFINITY) {
            state = state == State.MINUS_INFINITY ? State.NOT_A_NUMBER : State.PLUS_INFINITY;
        } else if (n == Double.NEGATIVE_INFINITY) {
            state = state == State.PLUS_INFINITY ? State.NOT_A_NUMBER : State.MINUS_INFINITY;
        } else if (!(n == 0 && Double.doubleToRawLongBits(n) != 0) && (state == State.MINUS_ZERO || state == State.FINITE)) {
            state = State.FINITE;
            addFinite(n);
        }
    }

    private void addFinite(double x) {
        if (exact == null && Math.abs(x) >= HUGE) {
            exact = BigDecimal.ZERO;
            for (int i = 0; i < size; i++) exact = exact.add(new BigDecimal(partials[i]));
            size = 0;
        }
        if (exact != null) {
            exact = exact.add(new BigDecimal(x));
            return;
        }
        // Grow-Expansion: add x to each partial in turn, keeping the non-zero round-off errors.
        int kept = 0;
        for (int j = 0; j < size; j++) {
            double y = partials[j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0) partials[kept++] = lo;
            x = hi;
        }
        if (kept == partials.length) partials = Arrays.copyOf(partials, kept * 2);
        partials[kept++] = x;
        size = kept;
    }

    /** Steps 8-12. */
    double result() {
        switch (state) {
            case NOT_A_NUMBER: return Double.NaN;
            case PLUS_INFINITY: return Double.POSITIVE_INFINITY;
            case MINUS_INFINITY: return Double.NEGATIVE_INFINITY;
            case MINUS_ZERO: return -0.0;
            default: break;
        }
        if (exact != null) return exact.doubleValue();
        if (size == 0) return 0;
        // Sum from the top while the additions are exact; the first inexact one is the rounding.
        int n = size - 1;
        double hi = partials[n];
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0) break;
        }
        // hi + lo is a tie broken to even by the addition; the terms below say which way it
        // really lies, so correct hi if they push past the halfway point.
        if (n > 0 && (lo < 0 && partials[n - 1] < 0 || lo > 0 && partials[n - 1] > 0)) {
            double y = lo * 2;
            double x = hi + y;
            if (y == x - hi) hi = x;
        }
        return hi;
    }
}
