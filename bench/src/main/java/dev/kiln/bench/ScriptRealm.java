package dev.kiln.bench;

import dev.kiln.codegen.CompiledScript;
import dev.kiln.codegen.Compiler;
import dev.kiln.codegen.ScriptEvaluator;
import dev.kiln.parser.Source;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh Kiln realm with its evaluator, driven the way an embedder drives Kiln through its
 * public Java API (as the {@code kiln} command and the test262 runner do): scripts compiled with
 * {@link Compiler#compileScript} and run by {@link ScriptEvaluator}, their global functions
 * called with {@link ObjectOperations#call}. A JavaScript exception leaves as an
 * {@link IllegalStateException} that says what was thrown.
 */
public final class ScriptRealm {
    private final Realm realm = new Realm();
    private final ScriptEvaluator evaluator = ScriptEvaluator.of(realm);

    public Realm realm() {
        return realm;
    }

    /** Compiles {@code text} as a sloppy-mode Script named {@code name} and runs it; returns its completion value. */
    public Object run(String name, String text) {
        return run(Compiler.compileScript(new Source(name, text), false));
    }

    /** Runs a script compiled before, in this realm. */
    public Object run(CompiledScript script) {
        try {
            return evaluator.run(script);
        } catch (JSException e) {
            throw uncaught(script.sourceName(), e);
        }
    }

    /** Runs the file as a Script. */
    public Object run(Path file) {
        try {
            return run(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The global function {@code name}; fails if there is none. */
    public Object function(String name) {
        Object value = realm.globalObject().get(name);
        if (!(value instanceof JSObject)) throw new IllegalStateException("no global function " + name);
        return value;
    }

    /** Calls the global function {@code name} with {@code this} undefined. */
    public Object call(String name, Object... args) {
        try {
            return ObjectOperations.call(function(name), Undefined.INSTANCE, args);
        } catch (JSException e) {
            throw uncaught(name + "()", e);
        }
    }

    private IllegalStateException uncaught(String where, JSException e) {
        Object thrown = e.value(realm);
        Object text = thrown instanceof JSObject error && error.get("stack") instanceof CharSequence stack ? stack : thrown;
        return new IllegalStateException("uncaught JavaScript exception in " + where + ": " + Conversion.toString(text), e);
    }

    /** The text of a JavaScript file stored beside {@code owner}'s class in the jar. */
    public static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("no resource " + name + " beside " + owner.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
