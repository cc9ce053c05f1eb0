package dev.kiln.cli.host;

import dev.kiln.runtime.object.ErrorObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Node's {@code util.inspect} and {@code util.format} for the values of one realm: what
 * {@code console.log}, {@code kiln -p} and the report of an uncaught exception print.
 *
 * <p>Made before any script runs, it remembers the realm's built-in constructors by name (node's
 * {@code builtInObjects}), so that objects of built-in classes are told from objects of
 * user-defined ones.
 */
public final class Inspection {
    private static final Pattern CONSTRUCTOR_LIKE_NAME = Pattern.compile("[A-Z][a-zA-Z0-9]+");

    private final Realm realm;
    private final Set<String> builtinNames = new HashSet<>();

    public Inspection(Realm realm) {
        this.realm = realm;
        for (Object key : realm.globalObject().ownPropertyKeys()) {
            if (key instanceof String name && CONSTRUCTOR_LIKE_NAME.matcher(name).matches()) builtinNames.add(name);
        }
    }

    public Realm realm() {
        return realm;
    }

    /** {@code util.inspect(value)} */
    public String inspect(Object value) {
        return inspect(value, InspectOptions.DEFAULT);
    }

    public String inspect(Object value, InspectOptions options) {
        return new Inspector(this, options).format(value);
    }

    /** {@code util.format(...args)}: what {@code console.log(...args)} prints, printf-style placeholders included. */
    public String format(Object... args) {
        return new ConsoleFormat(this).format(args);
    }

    /** Whether node would count {@code value} as an error: an Error object, or an object inheriting from %Error.prototype%. */
    public boolean isError(Object value) {
        return value instanceof ErrorObject
                || value instanceof JSObject o && Properties.inheritsFrom(o, realm.intrinsic(Intrinsic.ERROR_PROTOTYPE));
    }

    /** Whether {@code name} named one of the realm's built-in globals before any script ran. */
    boolean isBuiltinName(String name) {
        return name != null && builtinNames.contains(name);
    }
}
