package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.parser.Source;
import dev.kiln.runtime.object.BuiltinFunction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiln command end to end through {@link Main}: what it prints and its exit status. */
class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kiln(String... args) {
        return Main.commandLine(new Main(), new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    /** The absolute path kiln names a file by in messages and stack traces. */
    private String shown(String name) {
        return dir.resolve(name).toAbsolutePath().normalize().toString();
    }

    @Test
    void runsAFile() throws IOException {
        String file = file("hello.js", """
                function greet(name) { return `Hello, ${name}!`; }
                for (const name of ['Kiln', 'JVM']) console.log(greet(name));
                """);
        assertEquals(Main.EXIT_OK, kiln(file));
        assertEquals("Hello, Kiln!\nHello, JVM!\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void runsTheReadmeSample() {
        assertEquals(Main.EXIT_OK, kiln(Path.of("..", "samples", "hello.js").toString()));
        assertEquals("Hello, Kiln!\nHello, JVM!\nHello, world!\n", out.toString());
    }

    @Test
    void consoleMethodsWriteToTheirStreams() throws IOException {
        String file = file("streams.js", """
                console.log('log'); console.info('info'); console.debug('debug');
                console.error('error', { a: 1 }); console.warn('warn %d', 5);
                print('print', [1]);
                """);
        assertEquals(Main.EXIT_OK, kiln(file));
        assertEquals("log\ninfo\ndebug\nprint [ 1 ]\n", out.toString());
        assertEquals("error { a: 1 }\nwarn 5\n", err.toString());
    }

    @Test
    void runsSeveralFilesInOrderInOneRealm() throws IOException {
        String first = file("first.js", "var counter = 1; function bump() { return ++counter; }\n");
        String second = file("second.js", "bump(); let seen = counter;\n");
        String third = file("third.js", "console.log(bump(), seen);\n");
        assertEquals(Main.EXIT_OK, kiln(first, second, third));
        assertEquals("3 2\n", out.toString());
    }

    @Test
    void operandsAfterTheFilesAreTheScriptsArguments() throws IOException {
        String file = file("args.js", "console.log(arguments);\n");
        assertEquals(Main.EXIT_OK, kiln(file, "data.txt", "-e", "--flag", "more.js"));
        assertEquals(Main.EXIT_OK, kiln(file, "--", "input.js"));
        assertEquals(Main.EXIT_OK, kiln(file));
        assertEquals("[ 'data.txt', '-e', '--flag', 'more.js' ]\n[ 'input.js' ]\n[]\n", out.toString());
    }

    @Test
    void evalRunsCodeAndPrintPrintsItsResult() {
        assertEquals(Main.EXIT_OK, kiln("-e", "console.log(6 * 7, arguments)", "a", "b"));
        assertEquals(Main.EXIT_OK, kiln("-p", "[1, 2].map(x => x * 2)"));
        assertEquals(Main.EXIT_OK, kiln("-p", "'a string is printed as it is'"));
        assertEquals(Main.EXIT_OK, kiln("--print", "var x = 1; x + 1"));
        assertEquals("42 [ 'a', 'b' ]\n[ 2, 4 ]\na string is printed as it is\n2\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void anUncaughtErrorPrintsItsStackAndExitsWith1() throws IOException {
        String file = file("throws.js", """
                console.log('before');
                function fail(what) {
                  const e = new TypeError(what + ' went wrong');
                  e.code = 'E_FAIL';
                  throw e;
                }
                fail('it');
                console.log('after');
                """);
        assertEquals(Main.EXIT_UNCAUGHT, kiln(file));
        assertEquals("before\n", out.toString());
        String path = shown("throws.js");
        // The column of the frame inside fail is the compiler's business (V8 points at "new").
        assertEquals("TypeError: it went wrong\n"
                + "    at fail (" + path + ":3:COLUMN)\n"
                + "    at " + path + ":7:1 {\n"
                + "  code: 'E_FAIL'\n"
                + "}\n", err.toString().replaceFirst(":3:\\d+\\)", ":3:COLUMN)"));
    }

    @Test
    void aThrownNonErrorIsReportedAsUncaught() {
        assertEquals(Main.EXIT_UNCAUGHT, kiln("-e", "throw { reason: 'no', list: [1, 2] }"));
        assertEquals(Main.EXIT_UNCAUGHT, kiln("-e", "throw 'a string'"));
        assertEquals("Uncaught { reason: 'no', list: [ 1, 2 ] }\nUncaught 'a string'\n", err.toString());
    }

    @Test
    void aSyntaxErrorShowsTheLineAndExitsWith1() throws IOException {
        String ok = file("ok.js", "console.log('first file ran');\n");
        String bad = file("bad.js", "let x = 1;\n\tlet y = ;\n");
        assertEquals(Main.EXIT_UNCAUGHT, kiln(ok, bad));
        assertEquals("first file ran\n", out.toString());
        assertEquals(shown("bad.js") + ":2\n"
                + "\tlet y = ;\n"
                + "\t        ^\n"
                + "\n"
                + "SyntaxError: Unexpected token ';'\n", err.toString());
    }

    @Test
    void aStackOverflowIsARangeError() {
        assertEquals(Main.EXIT_UNCAUGHT, kiln("-e", "function f(n) { return f(n + 1) + 1; } f(0)"));
        assertEquals("[RangeError: Maximum call stack size exceeded]\n", err.toString());
    }

    @Test
    void aJavaExceptionFromTheEngineIsAnInternalErrorWithItsTrace() {
        Runner runner = new Runner(new PrintWriter(out), new PrintWriter(err), List.of());
        runner.realm().defineGlobal("broken", BuiltinFunction.of(runner.realm(), "broken", 0, (f, t, a, n) -> {
            throw new IllegalStateException("an engine bug");
        }));
        int status = Main.execute(runner, List.of(new Source("bug.js", "broken()")), false,
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(Main.EXIT_INTERNAL, status);
        assertTrue(err.toString().startsWith("kiln: internal error: "), err.toString());
        assertTrue(err.toString().contains("java.lang.IllegalStateException: an engine bug\n\tat "), err.toString());
    }

    @Test
    void anInterruptedScriptExitsWith130() {
        Runner runner = new Runner(new PrintWriter(out), new PrintWriter(err), List.of());
        runner.realm().requestInterrupt("test");
        String loop = "try { for (;;) {} } finally { console.log('finally does not run'); }";
        int status = Main.execute(runner, List.of(new Source("loop.js", loop)), false, new PrintWriter(out), new PrintWriter(err));
        assertEquals(Main.EXIT_INTERRUPTED, status);
        assertEquals("", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void dumpsEveryClassTheCompilerMakes() throws IOException {
        Path classes = dir.resolve("classes");
        String file = file("dumped.js", "console.log((0, eval)('1 + 1'));\n");
        assertEquals(Main.EXIT_OK, kiln("--dump-classes", classes.toString(), file));
        assertEquals("2\n", out.toString());
        List<Path> written;
        try (Stream<Path> walk = Files.walk(classes)) {
            written = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(2, written.size(), written.toString());
        for (Path classFile : written) {
            assertEquals(classes.resolve("kiln/js"), classFile.getParent());
            assertTrue(classFile.getFileName().toString().endsWith(".class"));
            byte[] magic = Arrays.copyOf(Files.readAllBytes(classFile), 4);
            assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, magic);
        }
    }

    @Test
    void readReturnsAFilesText() throws IOException {
        String data = file("data.txt", "some text\n");
        assertEquals(Main.EXIT_OK, kiln("-p", "read(arguments[0]).length", data));
        assertEquals(Main.EXIT_UNCAUGHT, kiln("-e", "read('" + dir.resolve("missing.txt") + "')"));
        assertEquals("10\n", out.toString());
        assertTrue(err.toString().startsWith("Error: cannot read " + dir.resolve("missing.txt") + ": no such file\n"),
                err.toString());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(Main.EXIT_USAGE, kiln(dir.resolve("missing.js").toString()));
        assertEquals(Main.EXIT_USAGE, kiln());
        assertEquals(Main.EXIT_USAGE, kiln("-e", "1", "-p", "2"));
        assertEquals("", out.toString());
        assertEquals("kiln: cannot read " + dir.resolve("missing.js") + ": no such file\n"
                + "Usage: kiln [OPTIONS] FILE [FILE.js...] [--] [ARG...] (--help for more)\n"
                + "kiln: no FILE to run\n"
                + "Usage: kiln [OPTIONS] FILE [FILE.js...] [--] [ARG...] (--help for more)\n"
                + "kiln: -e and -p cannot be used together\n"
                + "Usage: kiln [OPTIONS] FILE [FILE.js...] [--] [ARG...] (--help for more)\n", err.toString());
    }
}
