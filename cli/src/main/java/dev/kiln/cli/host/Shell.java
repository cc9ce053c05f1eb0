package dev.kiln.cli.host;

import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The functions of the JavaScript engine shells (d8, SpiderMonkey's js) that benchmark
 * harnesses such as Octane's expect: {@code print(...)}, which prints like {@code console.log},
 * and {@code read(file)}, which returns a file's text (Emscripten-compiled programs such as
 * Octane's zlib look it up).
 */
public final class Shell {
    private Shell() {}

    /** Defines {@code print} and {@code read} on the global object of the inspection's realm. */
    public static void install(Inspection inspection, PrintWriter out) {
        Realm realm = inspection.realm();
        realm.defineGlobal("print", Console.writer(inspection, "print", out));
        realm.defineGlobal("read", BuiltinFunction.of(realm, "read", 1, (f, thisArg, args, newTarget) -> {
            String file = Conversion.toString(BuiltinFunction.arg(args, 0));
            try {
                // Invalid UTF-8 becomes U+FFFD, as d8 and node read files.
                return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
            } catch (IOException | InvalidPathException e) {
                String reason = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
                throw JSException.of(f.realm().newError(ErrorKind.ERROR, "cannot read " + file + ": " + reason));
            }
        }));
    }
}
