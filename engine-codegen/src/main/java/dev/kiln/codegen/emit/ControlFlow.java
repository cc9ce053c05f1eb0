package dev.kiln.codegen.emit;

import dev.kiln.codegen.scope.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Label;

/**
 * The structure a jump has to leave on its way out: enclosing loops, switches and labelled
 * statements (the targets of break and continue), scopes with environment arrays (to pop),
 * finally blocks (compiled again, inline, on every exit that passes them, as javac does) and
 * for-of iterators (closed on early exit). Each try region's exception range is split around
 * the inlined finally code so that code is not covered by the handlers of the try it leaves.
 */
final class ControlFlow {
    /** Something an exit passes through. */
    private sealed interface Entry permits Target, EnvScope, Finally, Cleanup {}

    /** A loop, switch or labelled statement. */
    private record Target(Set<String> labels, Label breakLabel, Label continueLabel, boolean unlabelledBreak) implements Entry {}

    /** A scope whose environment array must be popped. */
    private record EnvScope(Scope scope) implements Entry {}

    /** A finally block, and the try region it protects. */
    private record Finally(Runnable body, TryRegion region) implements Entry {}

    /** Cleanup such as closing an iterator, and the region it protects. */
    private record Cleanup(Runnable action, TryRegion region) implements Entry {}

    /** A protected range of code, as a list of [start, end) pieces. */
    static final class TryRegion {
        private final FunctionCompiler fc;
        final List<Label[]> ranges = new ArrayList<>();
        private Label start;

        TryRegion(FunctionCompiler fc) {
            this.fc = fc;
        }

        void begin() {
            start = new Label();
            fc.code.label(start);
        }

        void pause() {
            if (start == null) return;
            Label end = new Label();
            fc.code.label(end);
            // An empty piece (a try block with no code, say) is no range: the class file forbids it.
            if (end.getOffset() != start.getOffset()) ranges.add(new Label[] {start, end});
            start = null;
        }

        void resume() {
            if (start == null) begin();
        }

        void end() {
            pause();
        }

        /**
         * Registers the handler for every piece (after inner regions, so inner handlers come
         * first). A piece that holds no instruction is left out: the class file forbids empty ranges.
         */
        void handler(Label handler, String exceptionType) {
            for (Label[] r : ranges) {
                if (r[0].getOffset() != r[1].getOffset()) fc.code.mv.visitTryCatchBlock(r[0], r[1], handler, exceptionType);
            }
        }
    }

    private final FunctionCompiler fc;
    private final Deque<Entry> entries = new ArrayDeque<>();

    ControlFlow(FunctionCompiler fc) {
        this.fc = fc;
    }

    void pushTarget(Set<String> labels, Label breakLabel, Label continueLabel, boolean unlabelledBreak) {
        entries.push(new Target(labels, breakLabel, continueLabel, unlabelledBreak));
    }

    void pushScope(Scope s) {
        if (s != null && s.hasEnv()) entries.push(new EnvScope(s));
    }

    void pushFinally(Runnable body, TryRegion region) {
        entries.push(new Finally(body, region));
    }

    void pushCleanup(Runnable action, TryRegion region) {
        entries.push(new Cleanup(action, region));
    }

    void pop() {
        entries.pop();
    }

    /** Pops a scope pushed with {@link #pushScope} (a no-op for scopes without an environment). */
    void popScope(Scope s) {
        if (s != null && s.hasEnv()) entries.pop();
    }

    /** {@code break label} (label null: the innermost loop or switch). */
    void emitBreak(String label) {
        exitTo(label, false);
    }

    void emitContinue(String label) {
        exitTo(label, true);
    }

    private void exitTo(String label, boolean isContinue) {
        List<TryRegion> paused = new ArrayList<>();
        List<Entry> walk = new ArrayList<>(entries); // innermost first
        for (int i = 0; i < walk.size(); i++) {
            Entry e = walk.get(i);
            if (e instanceof Target t) {
                boolean matches = label == null ? (isContinue ? t.continueLabel() != null : t.unlabelledBreak())
                        : t.labels().contains(label) && (!isContinue || t.continueLabel() != null);
                if (matches) {
                    fc.code.jump(isContinue ? t.continueLabel() : t.breakLabel());
                    resumeAll(paused);
                    return;
                }
            } else {
                leave(walk, i, paused);
            }
        }
        if (fc.piece == null) throw new IllegalStateException("no target for " + (isContinue ? "continue " : "break ") + label);
        // In a piece of a split function: the target is in a caller, which jumps there.
        fc.split.exitPiece(fc, label, isContinue);
        resumeAll(paused);
    }

    /** Runs everything on the way out of the function (finally blocks, iterator closing), before a return. */
    void unwindForReturn(List<TryRegion> paused) {
        List<Entry> walk = new ArrayList<>(entries);
        for (int i = 0; i < walk.size(); i++) {
            if (!(walk.get(i) instanceof Target)) leave(walk, i, paused);
        }
    }

    /** Passes entry {@code i} of {@code walk} (the entries, innermost first) on the way out. */
    private void leave(List<Entry> walk, int i, List<TryRegion> paused) {
        Entry e = walk.get(i);
        if (e instanceof EnvScope) {
            fc.popEnv();
        } else if (e instanceof Finally f) {
            f.region().pause();
            paused.add(f.region());
            outside(walk, i, f.body());
        } else if (e instanceof Cleanup c) {
            c.region().pause();
            paused.add(c.region());
            outside(walk, i, c.action());
        }
    }

    /**
     * Compiles {@code code} as it stands outside entry {@code i}: a finally block inlined on the
     * way out must not see itself (or anything inside it), or a break in it would inline it again.
     */
    private void outside(List<Entry> walk, int i, Runnable code) {
        for (int k = 0; k <= i; k++) entries.pop();
        try {
            code.run();
        } finally {
            for (int k = i; k >= 0; k--) entries.push(walk.get(k));
        }
    }

    static void resumeAll(List<TryRegion> paused) {
        for (TryRegion r : paused) r.resume();
    }

    /** Whether any finally block or cleanup encloses this point (a return must then unwind). */
    boolean hasUnwinding() {
        for (Entry e : entries) if (e instanceof Finally || e instanceof Cleanup) return true;
        return false;
    }
}
