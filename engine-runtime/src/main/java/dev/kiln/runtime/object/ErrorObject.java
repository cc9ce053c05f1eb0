package dev.kiln.runtime.object;

import dev.kiln.runtime.completion.StackTrace;
import dev.kiln.runtime.shape.Property;

/**
 * An object with an [[ErrorData]] internal slot (ECMA-262 20.5): made by Error and the native
 * error constructors. It remembers the JavaScript frames active when it was made and, as V8
 * does, exposes them as an own non-enumerable {@code stack} string:
 * {@code "TypeError: x is not a function\n    at f (file.js:3:7)"}.
 */
public final class ErrorObject extends JSObject {
    private StackTrace stackTrace = StackTrace.EMPTY;

    public ErrorObject(JSObject prototype) {
        super(prototype);
    }

    @Override
    public String builtinTag() {
        return "Error";
    }

    public StackTrace stackTrace() {
        return stackTrace;
    }

    /**
     * Records {@code trace} and defines {@code stack}. Called once the message is in place; the
     * header reads name and message as plain data, never running a getter.
     */
    public void installStack(StackTrace trace) {
        this.stackTrace = trace;
        String name = dataString("name", "Error");
        String message = dataString("message", "");
        String header = name.isEmpty() ? message : message.isEmpty() ? name : name + ": " + message;
        defineOwn("stack", header + trace.format(), Property.HIDDEN);
    }

    private String dataString(String key, String fallback) {
        for (JSObject o = this; o != null; o = o.getPrototypeOf()) {
            if (o.getClass() != ErrorObject.class && o.getClass() != JSObject.class) return fallback;
            var p = o.shape.find(key);
            if (p != null) {
                Object v = o.slots[p.slot()];
                return !p.isAccessor() && v instanceof CharSequence s ? s.toString() : fallback;
            }
        }
        return fallback;
    }
}
