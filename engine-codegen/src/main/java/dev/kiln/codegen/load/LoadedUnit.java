package dev.kiln.codegen.load;

import dev.kiln.codegen.CompiledScript;
import dev.kiln.parser.Source;
import dev.kiln.runtime.completion.StackTrace;
import dev.kiln.runtime.function.CompiledUnit;
import dev.kiln.runtime.function.FunctionData;
import dev.kiln.runtime.function.ScriptFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A unit defined in a realm: its class, what its code needs at run time, and what turns its
 * frames into file, line and column for stack traces.
 */
public final class LoadedUnit {
    private final Class<?> type;
    private final CompiledScript script;
    private final CompiledUnit runtime;
    private Source source;

    /** Defines every class of {@code script} with {@code define}; the first is the one with the entry method. */
    LoadedUnit(CompiledScript script, java.util.function.Function<CompiledScript.ClassFile, Class<?>> define) {
        Class<?> first = null;
        for (CompiledScript.ClassFile f : script.classes()) {
            Class<?> c = define.apply(f);
            if (first == null) first = c;
        }
        this.type = first;
        this.script = script;
        this.runtime = new CompiledUnit(script.sourceName(), script.sourceText(), script.constants());
    }

    /** The class holding the entry method. */
    Class<?> type() {
        return type;
    }

    CompiledScript script() {
        return script;
    }

    /** What the unit's code needs at run time (its source text and constants). */
    public CompiledUnit runtime() {
        return runtime;
    }

    /** The unit's top-level code, of type {@link FunctionData#BODY_TYPE}. */
    public MethodHandle entryPoint() {
        try {
            return MethodHandles.publicLookup().findStatic(type, CompiledScript.ENTRY_METHOD,
                    MethodType.methodType(Object.class, ScriptFunction.class, Object.class, Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JavaScript frame of {@code method} at bytecode index {@code bci}, or null for a method that is none. */
    StackTrace.Frame describe(String method, int bci) {
        String function = script.functionNames().get(method);
        if (function == null) return null;
        int offset = sourceOffset(script.positions().get(method), bci);
        if (offset == CompiledScript.NO_FRAME) return null;
        Source src = source();
        int line = offset < 0 ? 0 : src.line(offset);
        int column = offset < 0 ? 0 : src.column(offset);
        return new StackTrace.Frame(function, src.name(), line, column);
    }

    /** The line table is built on the first stack trace through this unit. */
    private synchronized Source source() {
        if (source == null) source = new Source(script.sourceName(), script.sourceText());
        return source;
    }

    /** The source offset recorded at or before {@code bci}; -1 if none. */
    private static int sourceOffset(int[] pairs, int bci) {
        if (pairs == null) return -1;
        int best = -1, bestBci = -1;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i] <= bci && pairs[i] >= bestBci) {
                bestBci = pairs[i];
                best = pairs[i + 1];
            }
        }
        return best;
    }
}
