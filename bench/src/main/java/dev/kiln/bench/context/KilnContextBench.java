package dev.kiln.bench.context;

import dev.kiln.codegen.ScriptEvaluator;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A Kiln context is a {@link Realm} (its intrinsics, every built-in, its global object) with its
 * {@link ScriptEvaluator} installed, so that it can run scripts. {@code global}:
 * <ul>
 *   <li>{@code fresh} — a fresh ordinary global object, as {@code vm.createContext()} makes;
 *   <li>{@code object} — around an object the embedder made in its own realm with a few
 *       properties, as {@code vm.createContext({...})} contextifies it: the new realm installs
 *       its built-ins on that object. Each context gets its own object (one realm's built-ins
 *       cannot share an object with another's); making it, a few hundred nanoseconds, is timed too.
 * </ul>
 */
@State(Scope.Thread)
public class KilnContextBench extends ContextCreation {

    @Param({"fresh", "object"})
    public String global;

    private Realm embedder;

    @Setup
    public void setup() {
        embedder = new Realm();
    }

    @Override
    protected Object newContext() {
        Realm realm = global.equals("fresh") ? new Realm() : aroundObject();
        ScriptEvaluator.of(realm);
        return realm;
    }

    private Realm aroundObject() {
        JSObject sandbox = new JSObject(embedder.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        sandbox.set("requestId", 42);
        sandbox.set("user", "anonymous");
        sandbox.set("limits", new JSObject(embedder.intrinsic(Intrinsic.OBJECT_PROTOTYPE)));
        return new Realm(realm -> sandbox);
    }
}
