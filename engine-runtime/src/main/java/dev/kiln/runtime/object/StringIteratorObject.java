package dev.kiln.runtime.object;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.ops.ObjectOperations;

/**
 * A String Iterator (ECMA-262 22.1.5): the generator that 22.1.3.36 String.prototype
 * [ %Symbol.iterator% ] makes from its closure, kept as the string and the position the
 * closure would have reached. for-of over a string can step it with {@link #nextValue()}
 * without making a result object per code point.
 */
public final class StringIteratorObject extends JSObject {
    /** The iterated string; null once the closure has returned. */
    private String string;
    private int position;

    public StringIteratorObject(JSObject prototype, String string) {
        super(prototype);
        this.string = string;
    }

    /** The next code point as a string (one or two code units), or null when done. */
    public String nextValue() {
        String s = string;
        if (s == null) return null;
        int len = s.length();
        int p = position;
        if (p >= len) {
            string = null;
            return null;
        }
        char c = s.charAt(p);
        int next = p + 1;
        if (Character.isHighSurrogate(c) && next < len && Character.isLowSurrogate(s.charAt(next))) next++;
        position = next;
        return next == p + 1 ? String.valueOf(c) : s.substring(p, next);
    }

    /** Throws unless {@code v} is a String Iterator (GeneratorValidate with brand %StringIteratorPrototype%). */
    public static StringIteratorObject check(Object v) {
        if (v instanceof StringIteratorObject it) return it;
        throw JSException.typeError("next method called on incompatible receiver " + ObjectOperations.describeForError(v));
    }
}
