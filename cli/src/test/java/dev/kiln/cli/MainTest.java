package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kiln(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("file.js"), text);
    }

    @Test
    void summarisesAScript() throws IOException {
        Path file = file("""
                function greet(name) { return () => `Hello, ${name}!`; }
                const o = { m() {}, get g() { return 1; } };
                for (const x of [1]) greet(x);
                """);
        assertEquals(0, kiln(file.toString()));
        assertTrue(out.toString().matches(
                "\\Q" + file + ": script, 3 statements, 4 functions, parsed in \\E\\d+ ms\\R"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void parsesAModuleWhenAsked() throws IOException {
        Path file = file("export const x = 1;\n");
        assertEquals(0, kiln("--module", file.toString()));
        assertTrue(out.toString().startsWith(file + ": module, 1 statement, 0 functions, parsed in "), out.toString());
        assertEquals(1, kiln(file.toString())); // export is a SyntaxError in a script
    }

    @Test
    void printsTheSyntaxError() throws IOException {
        Path file = file("function f() {\n  return 1;\n}}\n");
        assertEquals(Main.EXIT_SYNTAX_ERROR, kiln(file.toString()));
        assertEquals("", out.toString());
        assertTrue(err.toString().startsWith("SyntaxError: "), err.toString());
        assertTrue(err.toString().strip().endsWith("(" + file + ":3:2)"), err.toString());
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertEquals(Main.EXIT_USAGE, kiln(dir.resolve("missing.js").toString()));
        assertTrue(err.toString().startsWith("kiln: cannot read "), err.toString());
    }
}
