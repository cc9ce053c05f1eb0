package dev.kiln.cli;

import dev.kiln.parser.ParseOptions;
import dev.kiln.parser.Parser;
import dev.kiln.parser.Source;
import dev.kiln.parser.SyntaxError;
import dev.kiln.parser.ast.Program;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code kiln} command. Until the compiler exists it parses FILE and prints a summary of the
 * program, or the SyntaxError.
 */
@Command(name = "kiln", mixinStandardHelpOptions = true,
        description = "Kiln, a JavaScript engine for the JVM. For now: parses FILE and summarises it.")
public final class Main implements Callable<Integer> {
    static final int EXIT_SYNTAX_ERROR = 1;
    static final int EXIT_USAGE = 2;

    @Option(names = "--module", description = "Parse FILE as a module (default: a script).")
    boolean module;

    @Parameters(paramLabel = "FILE", description = "The JavaScript file.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("kiln: cannot read " + file + ": " + e.getMessage());
            return EXIT_USAGE;
        }
        Source source = new Source(file.toString(), text);
        long start = System.nanoTime();
        Program program;
        try {
            program = Parser.parse(source, module ? ParseOptions.module() : ParseOptions.script());
        } catch (SyntaxError e) {
            err.println("SyntaxError: " + e.getMessage());
            return EXIT_SYNTAX_ERROR;
        }
        long nanos = System.nanoTime() - start;
        out.println(file + ": " + ProgramSummary.of(program, nanos));
        return 0;
    }
}
