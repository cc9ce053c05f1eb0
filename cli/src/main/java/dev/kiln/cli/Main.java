package dev.kiln.cli;

import dev.kiln.parser.Source;
import dev.kiln.parser.SyntaxError;
import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.completion.ScriptTermination;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code kiln} command: runs JavaScript files, or code given with {@code -e}/{@code -p}, as
 * Scripts in one fresh realm with the host's globals.
 *
 * <p>Operands: the first is a file to run; the ones after it that end in {@code .js} are run
 * too, in order, in the same realm (as d8 runs several files); the rest, or everything after
 * {@code --}, are the script's arguments. With {@code -e} or {@code -p} every operand is an
 * argument. Options must come before the first file; what follows it belongs to the script.
 *
 * <p>Exit status: 0; 1 for an uncaught exception or a SyntaxError; 2 for a usage error (a
 * missing file); 70 for an internal error of the engine; 130 after Ctrl-C.
 */
@Command(name = "kiln", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Main.Version.class,
        description = {"Kiln, a JavaScript engine for the JVM: runs FILE (and any further FILE.js) as scripts in one realm.",
                "Globals besides ECMAScript's: console (log, info, debug, error, warn), print, read(file), and arguments (the ARGs)."})
public final class Main implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_UNCAUGHT = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_INTERNAL = 70;
    static final int EXIT_INTERRUPTED = 130;

    @Option(names = {"-e", "--eval"}, paramLabel = "CODE", description = "Run CODE as a script (operands become its arguments).")
    String eval;

    @Option(names = {"-p", "--print"}, paramLabel = "CODE", description = "Run CODE and print its result, as console.log would.")
    String print;

    @Option(names = "--dump-classes", paramLabel = "DIR",
            description = "Write every class the compiler makes to DIR/package/Name.class (for javap -c -l -p).")
    Path dumpClasses;

    @Parameters(paramLabel = "FILE [FILE.js...] [--] [ARG...]", description = "The files to run, then the script's arguments.")
    List<String> operands = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether Ctrl-C is handled: only by the real command, never in a test's JVM. */
    private final boolean handleSigint;

    public Main() {
        this(false);
    }

    private Main(boolean handleSigint) {
        this.handleSigint = handleSigint;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new Main(true), utf8(new FileOutputStream(FileDescriptor.out)),
                utf8(new FileOutputStream(FileDescriptor.err))).execute(args));
    }

    /** The command line for {@code main}: the script's options after its file are its own, not kiln's. */
    static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(main);
        commandLine.setStopAtPositional(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }

    /** UTF-8 output as node writes it: a lone surrogate becomes U+FFFD. */
    private static PrintWriter utf8(OutputStream stream) {
        var encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD".getBytes(StandardCharsets.UTF_8));
        return new PrintWriter(new OutputStreamWriter(stream, encoder));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        String code = eval != null ? eval : print;
        if (eval != null && print != null) return usageError(err, "-e and -p cannot be used together");
        if (code == null && operands.isEmpty()) return usageError(err, "no FILE to run");
        List<String> files = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        splitOperands(code == null, files, arguments);

        List<Source> sources = new ArrayList<>();
        if (code != null) sources.add(new Source("[eval]", code));
        for (String file : files) {
            Path path = Path.of(file).toAbsolutePath().normalize();
            try {
                // Invalid UTF-8 becomes U+FFFD, as node reads files.
                sources.add(new Source(path.toString(), new String(Files.readAllBytes(path), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                return usageError(err, "cannot read " + file + ": " + describe(e));
            }
        }
        ClassDump dump = null;
        if (dumpClasses != null) {
            try {
                Files.createDirectories(dumpClasses);
            } catch (IOException e) {
                return usageError(err, "cannot create " + dumpClasses + ": " + describe(e));
            }
            dump = new ClassDump(dumpClasses, err);
        }

        Runner runner = new Runner(out, err, arguments);
        if (dump != null) runner.evaluator().onDefinition(dump::write);
        SigintHandler sigint = handleSigint ? SigintHandler.install(runner.realm()) : null;
        int status = execute(runner, sources, print != null, out, err);
        return sigint != null && sigint.received() ? EXIT_INTERRUPTED : status;
    }

    /** Files first (the first operand, then those ending in .js), then the script's arguments; {@code --} ends the files. */
    private void splitOperands(boolean filesFirst, List<String> files, List<String> arguments) {
        boolean inFiles = filesFirst;
        for (String operand : operands) {
            if (inFiles && operand.equals("--")) {
                inFiles = false;
            } else if (inFiles && (files.isEmpty() || operand.endsWith(".js"))) {
                files.add(operand);
            } else {
                inFiles = false;
                arguments.add(operand);
            }
        }
    }

    /** Runs the sources in order, then reports how the run ended; returns the exit status. */
    static int execute(Runner runner, List<Source> sources, boolean printResult, PrintWriter out, PrintWriter err) {
        try {
            try {
                Object result = null;
                for (Source source : sources) result = runner.run(source);
                if (printResult) out.print(runner.inspection().format(result) + "\n");
                return EXIT_OK;
            } catch (SyntaxError e) {
                err.print(ErrorReport.syntaxError(e));
            } catch (JSException e) {
                err.print(ErrorReport.uncaught(runner.inspection(), e.value(runner.realm())));
            } catch (StackOverflowError e) {
                err.print(ErrorReport.uncaught(runner.inspection(),
                        runner.realm().newError(ErrorKind.RANGE_ERROR, "Maximum call stack size exceeded")));
            } catch (ScriptTermination e) {
                return EXIT_INTERRUPTED;
            }
            return EXIT_UNCAUGHT;
        } catch (OutOfMemoryError e) {
            err.print("kiln: out of memory (the JVM's heap limit is set with -Xmx in KILN_JAVA_OPTS)\n");
            return EXIT_INTERNAL;
        } catch (RuntimeException | Error e) {
            err.print(ErrorReport.internalError(e));
            return EXIT_INTERNAL;
        }
    }

    private int usageError(PrintWriter err, String message) {
        err.println("kiln: " + message);
        err.println("Usage: " + spec.commandLine().getCommandSpec().qualifiedName() + " [OPTIONS] FILE [FILE.js...] [--] [ARG...]"
                + " (--help for more)");
        return EXIT_USAGE;
    }

    /** {@code kiln --version}: the version in the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"kiln " + (version != null ? version : "(development build, not from a jar)")};
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
