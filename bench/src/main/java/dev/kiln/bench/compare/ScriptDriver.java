package dev.kiln.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line every engine driver of the comparison offers, the same one {@code kiln}
 * has: {@code DRIVER FILE...} runs the files in order in one global scope that has the shell
 * functions of d8 that Octane relies on, {@code print(...)} and {@code read(file)} (zlib's
 * Emscripten code looks {@code read} up at startup); {@code DRIVER -p EXPRESSION} prints the
 * value of one expression (the startup measurement). Lines starting with {@code @info} on standard output describe the engine
 * for the report. A failure prints one line {@code error: ...} on standard error and exits with
 * status 1, so the runner can show it in a table cell.
 */
public abstract class ScriptDriver {

    /** Runs one source file in the engine's global scope. */
    protected abstract void runFile(String name, String text) throws Exception;

    /** The value of one expression, converted to a string the way the engine's print would. */
    protected abstract String evaluate(String expression) throws Exception;

    /** One line describing the engine's version and the mode it runs in (the report names the engine). */
    protected abstract String describe();

    protected final void run(String[] args) {
        int status = 0;
        try {
            if (args.length == 2 && args[0].equals("-p")) {
                System.out.println(evaluate(args[1]));
            } else if (args.length > 0 && !args[0].startsWith("-")) {
                System.out.println("@info " + describe());
                for (String file : args) {
                    runFile(file, readFile(file));
                }
            } else {
                System.err.println("usage: " + getClass().getSimpleName() + " FILE... | -p EXPRESSION");
                status = 2;
            }
        } catch (Throwable t) {
            System.out.flush();
            System.err.println("error: " + oneLine(t));
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }

    /** d8's {@code read(file)}: the file's text. */
    protected static String readFile(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage();
        String text = message == null || message.isBlank()
                ? t.getClass().getName()
                : t.getClass().getSimpleName() + ": " + message;
        return text.replaceAll("\\s+", " ").trim();
    }
}
