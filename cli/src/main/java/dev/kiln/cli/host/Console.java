package dev.kiln.cli.host;

import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.io.PrintWriter;

/**
 * The host's {@code console}: {@code log}, {@code info} and {@code debug} write to standard
 * output, {@code error} and {@code warn} to standard error, formatting their arguments as node
 * does ({@link Inspection#format}).
 *
 * <p>Each call writes one whole line and flushes, so standard output and standard error
 * interleave in the order the script wrote them, as with node.
 */
public final class Console {
    private Console() {}

    /** Defines {@code console} on the global object of the inspection's realm. */
    public static void install(Inspection inspection, PrintWriter out, PrintWriter err) {
        Realm realm = inspection.realm();
        JSObject object = ObjectOperations.newObject(realm);
        object.defineOwn("log", writer(inspection, "log", out), Property.DEFAULT);
        object.defineOwn("info", writer(inspection, "info", out), Property.DEFAULT);
        object.defineOwn("debug", writer(inspection, "debug", out), Property.DEFAULT);
        object.defineOwn("error", writer(inspection, "error", err), Property.DEFAULT);
        object.defineOwn("warn", writer(inspection, "warn", err), Property.DEFAULT);
        // The console namespace's class string (WHATWG Console Standard).
        object.defineOwn(Symbol.TO_STRING_TAG, "console", Property.CONFIGURABLE);
        realm.defineGlobal("console", object);
    }

    /** A function that writes its arguments, formatted as by console.log, as one line to {@code stream}. */
    static BuiltinFunction writer(Inspection inspection, String name, PrintWriter stream) {
        return BuiltinFunction.of(inspection.realm(), name, 0, (f, thisArg, args, newTarget) -> {
            String line = inspection.format(args);
            // Once the stream has failed (a closed pipe, as in `kiln x.js | head`), output is
            // dropped as node's console drops it, without paying for a failing write each time.
            if (!stream.checkError()) {
                stream.print(line + "\n");
                stream.flush();
            }
            return Undefined.INSTANCE;
        });
    }
}
