package dev.kiln.runtime.completion;

import dev.kiln.runtime.realm.Realm;

/**
 * A throw completion (ECMA-262 6.2.4) travelling through Java frames.
 *
 * <p>Code that has a realm at hand throws the finished JavaScript value. Deep runtime code that
 * has none (an internal method of an exotic object, say) throws a pending native error: its kind
 * and message, turned into an error object of the right realm by the first frame that knows
 * its realm — a built-in function on its way out, or the JavaScript catch clause that catches
 * it. Either way the error object records where it was thrown ({@link #capturedStack()}).
 *
 * <p>No Java stack trace is filled in: JavaScript throws are ordinary control flow and must be
 * cheap. The JavaScript stack of an error is captured when its error object is made.
 */
public final class JSException extends RuntimeException {
    private Object value;
    private final ErrorKind pendingKind;
    private final StackTrace capturedStack;

    private JSException(Object value, ErrorKind pendingKind, String message, StackTrace capturedStack) {
        super(message, null, false, false);
        this.value = value;
        this.pendingKind = pendingKind;
        this.capturedStack = capturedStack;
    }

    /** {@code throw value}: any JavaScript value. */
    public static JSException of(Object value) {
        return new JSException(value, null, null, null);
    }

    /** A native error of {@code kind} whose object is made in the realm that first handles it. */
    public static JSException pending(ErrorKind kind, String message) {
        return new JSException(null, kind, message, StackTrace.capture());
    }

    public static JSException typeError(String message) {
        return pending(ErrorKind.TYPE_ERROR, message);
    }

    public static JSException rangeError(String message) {
        return pending(ErrorKind.RANGE_ERROR, message);
    }

    public static JSException referenceError(String message) {
        return pending(ErrorKind.REFERENCE_ERROR, message);
    }

    public static JSException syntaxError(String message) {
        return pending(ErrorKind.SYNTAX_ERROR, message);
    }

    /** Whether the error object has not been made yet. */
    public boolean isPending() {
        return value == null;
    }

    /** The kind of a pending error, null once made or for a thrown value. */
    public ErrorKind pendingKind() {
        return value == null ? pendingKind : null;
    }

    /** Where a pending error was raised. */
    public StackTrace capturedStack() {
        return capturedStack;
    }

    /** The thrown value, making a pending error's object in {@code realm} on first use. */
    public Object value(Realm realm) {
        Object v = value;
        if (v == null) value = v = realm.newError(pendingKind, getMessage(), capturedStack);
        return v;
    }

    /** The thrown value if it has been made, else null. */
    public Object valueIfMade() {
        return value;
    }
}
