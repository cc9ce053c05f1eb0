package dev.kiln.cli;

import dev.kiln.cli.host.Console;
import dev.kiln.cli.host.Inspection;
import dev.kiln.cli.host.Shell;
import dev.kiln.codegen.Compiler;
import dev.kiln.codegen.ScriptEvaluator;
import dev.kiln.parser.Source;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.realm.Realm;
import java.io.PrintWriter;
import java.util.List;

/**
 * The realm of one {@code kiln} run and the host around it: a fresh realm with the host's
 * globals, in which the given sources run one after another as Scripts, sharing their globals
 * (as d8 runs several files).
 *
 * <p>Host globals: {@code console} (see {@link Console}); the shell functions {@code print} and
 * {@code read} (see {@link Shell}); and d8's {@code arguments}, an array of the script arguments.
 */
final class Runner {
    private final Realm realm = new Realm();
    private final ScriptEvaluator evaluator = ScriptEvaluator.of(realm);
    private final Inspection inspection;

    Runner(PrintWriter out, PrintWriter err, List<String> scriptArguments) {
        inspection = new Inspection(realm);
        Console.install(inspection, out, err);
        Shell.install(inspection, out);
        realm.defineGlobal("arguments", ArrayObject.of(realm, scriptArguments.toArray()));
    }

    Realm realm() {
        return realm;
    }

    ScriptEvaluator evaluator() {
        return evaluator;
    }

    Inspection inspection() {
        return inspection;
    }

    /**
     * Compiles {@code source} as a sloppy-mode Script and runs it (ECMA-262 16.1.6
     * ScriptEvaluation); returns its completion value. Throws the parser's SyntaxError for
     * invalid source and a JSException for an uncaught JavaScript exception.
     */
    Object run(Source source) {
        return evaluator.run(Compiler.compileScript(source, false));
    }
}
