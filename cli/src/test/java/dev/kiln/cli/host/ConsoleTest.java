package dev.kiln.cli.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.codegen.ScriptEvaluator;
import dev.kiln.parser.Source;
import dev.kiln.runtime.realm.Realm;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** The console object itself and how it writes. */
class ConsoleTest {
    private final Realm realm = new Realm();
    private final Inspection inspection = new Inspection(realm);

    private Object run(String script) {
        return ScriptEvaluator.of(realm).evaluate(new Source("test.js", script));
    }

    @Test
    void hasNodesMethodsAsEnumerableProperties() {
        StringWriter out = new StringWriter();
        Console.install(inspection, new PrintWriter(out), new PrintWriter(out));
        assertEquals("log,info,debug,error,warn", run("Object.keys(console).join()"));
        assertEquals("log", run("console.log.name"));
        assertEquals("[object console]", run("Object.prototype.toString.call(console)"));
        assertEquals(false, run("Object.getOwnPropertyDescriptor(globalThis, 'console').enumerable"));
    }

    @Test
    void stopsWritingOnceTheStreamFailed() {
        int[] writes = {0};
        Writer closedPipe = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                writes[0]++;
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Console.install(inspection, new PrintWriter(closedPipe), new PrintWriter(new StringWriter()));
        run("for (let i = 0; i < 100; i++) console.log(i);");
        assertEquals(1, writes[0]);
    }
}
