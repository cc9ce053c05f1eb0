package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.parser.Source;
import dev.kiln.runtime.completion.ScriptTermination;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * requestInterrupt from another thread stops any running script at its next safepoint poll;
 * JavaScript catch and finally cannot intercept it, and the realm stays usable.
 */
class InterruptTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "while (true) {}",
        "for (;;) {}",
        "do {} while (1)",
        "for (;;) { try {} finally { continue; } }",
        "for (;;) { try { for (;;) {} } catch (e) {} finally { continue; } }",
        "function a() { return b(); } function b() { return a(); } for (;;) { try { a(); } catch (e) {} }",
        "var o = {}; for (;;) { o.x = 1; }",
    })
    void interruptStopsRunawayCode(String code) {
        Realm realm = new Realm();
        ScriptEvaluator evaluator = ScriptEvaluator.of(realm);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(() -> realm.requestInterrupt("timed out"), 200, TimeUnit.MILLISECONDS);
            ScriptTermination t = assertThrows(ScriptTermination.class, () -> evaluator.evaluate(new Source("loop.js", code)));
            assertEquals("timed out", t.getMessage());
        } finally {
            timer.shutdownNow();
        }
        // The realm is usable afterwards.
        assertEquals("3", Conversion.toString(evaluator.evaluate(new Source("after.js", "1 + 2"))));
    }

    @Test
    void stackOverflowIsACatchableRangeError() {
        Realm realm = new Realm();
        Object result = ScriptEvaluator.of(realm).evaluate(new Source("deep.js",
                "function f(n) { return f(n + 1) + 1; } var r; try { f(0); } catch (e) { r = e instanceof RangeError && e.message; } r"));
        assertEquals("Maximum call stack size exceeded", Conversion.toString(result));
    }

    @Test
    void interruptLatencyIsShort() throws Exception {
        Realm realm = new Realm();
        ScriptEvaluator evaluator = ScriptEvaluator.of(realm);
        long[] stoppedAt = new long[1];
        Thread runner = new Thread(() -> {
            try {
                evaluator.evaluate(new Source("loop.js", "var i = 0; while (true) { i++; }"));
            } catch (ScriptTermination expected) {
                stoppedAt[0] = System.nanoTime();
            }
        });
        runner.start();
        Thread.sleep(300);
        long requested = System.nanoTime();
        realm.requestInterrupt("stop");
        runner.join(5000);
        assertTrue(stoppedAt[0] > 0, "the script stopped");
        // Not a timing assertion on performance: a generous bound that only a missing poll breaks.
        assertTrue((stoppedAt[0] - requested) < TimeUnit.SECONDS.toNanos(2), "stopped promptly");
    }
}
