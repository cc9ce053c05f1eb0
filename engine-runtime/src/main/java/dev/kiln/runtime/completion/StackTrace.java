package dev.kiln.runtime.completion;

import java.util.List;

/**
 * The JavaScript frames active when an error was made, innermost first, as V8 prints them in
 * {@code Error.prototype.stack}: {@code "    at f (file.js:3:7)"}.
 *
 * <p>Frames come from the JVM's own stack: a generated class is defined by a class loader that
 * implements {@link FrameSource}, which maps a method and bytecode index to a JavaScript
 * function name, file, line and column. Runtime frames are left out.
 */
public final class StackTrace {
    /** V8's default Error.stackTraceLimit. */
    public static final int LIMIT = 10;

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** One JavaScript frame; {@code function} is null for top-level code or anonymous functions. */
    public record Frame(String function, String file, int line, int column) {
        @Override
        public String toString() {
            String where = file + ":" + line + ":" + column;
            return function == null || function.isEmpty() ? where : function + " (" + where + ")";
        }
    }

    /** Implemented by the class loaders of generated code. */
    public interface FrameSource {
        /** The JavaScript frame of {@code method} at {@code bci} in {@code declaringClass}, or null. */
        Frame describe(Class<?> declaringClass, String method, int bci);
    }

    public static final StackTrace EMPTY = new StackTrace(List.of());

    private final List<Frame> frames;

    private StackTrace(List<Frame> frames) {
        this.frames = frames;
    }

    public List<Frame> frames() {
        return frames;
    }

    /** The JavaScript frames of the current thread, up to {@link #LIMIT}. */
    public static StackTrace capture() {
        return capture(LIMIT);
    }

    /** The JavaScript frames of the current thread, up to {@code limit} (V8's Error.stackTraceLimit). */
    public static StackTrace capture(int limit) {
        if (limit <= 0) return EMPTY;
        List<Frame> frames = WALKER.walk(s -> s
                .map(f -> f.getDeclaringClass().getClassLoader() instanceof FrameSource src
                        ? src.describe(f.getDeclaringClass(), f.getMethodName(), f.getByteCodeIndex())
                        : null)
                .filter(java.util.Objects::nonNull)
                .limit(limit)
                .toList());
        return frames.isEmpty() ? EMPTY : new StackTrace(frames);
    }

    /** At most the {@code limit} innermost frames of this trace. */
    public StackTrace limit(int limit) {
        if (frames.size() <= limit) return this;
        return limit <= 0 ? EMPTY : new StackTrace(frames.subList(0, limit));
    }

    /**
     * The frames outside the innermost call of the function named {@code function}, as V8's
     * {@code Error.captureStackTrace(obj, constructorOpt)} leaves out the frames above and
     * including that call; empty if no frame has that name.
     */
    public StackTrace below(String function) {
        for (int i = 0; i < frames.size(); i++) {
            if (function.equals(frames.get(i).function())) return new StackTrace(frames.subList(i + 1, frames.size()));
        }
        return EMPTY;
    }

    /** The lines after the header of {@code stack}: one {@code "\n    at ..."} per frame. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Frame f : frames) sb.append("\n    at ").append(f);
        return sb.toString();
    }
}
