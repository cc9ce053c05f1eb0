package dev.kiln.parser;

import dev.kiln.parser.ast.Program;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** Hostile input ends in a SyntaxError (or a parse), never a StackOverflowError, on a 1 MB stack. */
class BadInputTest {
    private static final int N = 100_000;

    /** Parses on a thread with a 1 MB stack, like an ordinary embedder thread. */
    private static Object parseOnSmallStack(String text) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(Parser.parse(new Source("deep.js", text), ParseOptions.script()));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "parse", 1 << 20);
        t.start();
        t.join();
        return result.get();
    }

    private static void assertTooDeep(String text) throws InterruptedException {
        Object r = parseOnSmallStack(text);
        assertInstanceOf(SyntaxError.class, r, () -> "got " + r);
        assertEquals("Too deeply nested", ((SyntaxError) r).problem());
    }

    @Test
    void deepNestingIsASyntaxError() throws InterruptedException {
        assertTooDeep("[".repeat(N) + "]".repeat(N));
        assertTooDeep("(".repeat(N) + "1" + ")".repeat(N));
        assertTooDeep("{".repeat(N) + "}".repeat(N));
        assertTooDeep("!".repeat(N) + "x");
        assertTooDeep("x => ".repeat(N) + "1");
        assertTooDeep("if (1) ".repeat(N) + ";");
        assertTooDeep("a" + ".b".repeat(N));
        assertTooDeep("a" + "+a".repeat(N));
        assertTooDeep("a ? b : ".repeat(N) + "c");
        assertTooDeep("function f() {".repeat(N) + "}".repeat(N));
        assertTooDeep("`${".repeat(N) + "}`".repeat(N));
    }

    @Test
    void nestingBelowTheLimitParses() throws InterruptedException {
        assertInstanceOf(Program.class, parseOnSmallStack("[".repeat(400) + "]".repeat(400)));
        assertInstanceOf(Program.class, parseOnSmallStack("(".repeat(400) + "1" + ")".repeat(400)));
    }

    @Test
    void longFlatInputIsFine() throws InterruptedException {
        assertInstanceOf(Program.class, parseOnSmallStack("a;".repeat(N)));
        assertInstanceOf(Program.class, parseOnSmallStack("x = [" + "1,".repeat(N) + "];"));
    }

    /** A 10 MB script parses; parse time is linear (measured in the benchmarks, not here). */
    @Test
    void tenMegabyteScript() {
        StringBuilder sb = new StringBuilder(10_500_000);
        int i = 0;
        while (sb.length() < 10_000_000) {
            sb.append("function f").append(i).append("(a, b) {\n  var s = 'str' + a;\n  for (let k = 0; k < b; k++) { s += `${k}`; }\n")
              .append("  return { x: a * 2, y: [b, s], z: (c) => c?.d ?? /re/g.test(s) };\n}\n");
            i++;
        }
        Program p = Parser.parse(new Source("big.js", sb.toString()), ParseOptions.script());
        assertEquals(i, p.body().size());
    }
}
