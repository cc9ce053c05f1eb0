package dev.kiln.codegen.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;

/**
 * Where each piece of generated code came from: for every method, pairs of (bytecode offset,
 * source offset), recorded at statement and call boundaries. Stack traces map a frame's
 * bytecode index through it to a line and column (the line table only has lines).
 */
final class PositionTable {
    /**
     * The source offset of a call of a piece of a split function: the frame of a method that is
     * there stands for no JavaScript frame of its own, the piece's does.
     */
    static final int PIECE_CALL = dev.kiln.codegen.CompiledScript.NO_FRAME;

    private final Map<String, List<Object[]>> marks = new HashMap<>();

    /** Records that code of {@code method} from {@code label} on comes from {@code sourceOffset}. */
    void record(String method, Label label, int sourceOffset) {
        marks.computeIfAbsent(method, k -> new ArrayList<>()).add(new Object[] {label, sourceOffset});
    }

    /** Resolves the labels (after the class is written): method name -> [bci0, offset0, bci1, offset1, ...]. */
    Map<String, int[]> resolve() {
        Map<String, int[]> out = new HashMap<>();
        for (Map.Entry<String, List<Object[]>> e : marks.entrySet()) {
            List<Object[]> list = e.getValue();
            int[] pairs = new int[list.size() * 2];
            int n = 0;
            for (Object[] m : list) {
                int bci;
                try {
                    bci = ((Label) m[0]).getOffset();
                } catch (IllegalStateException unreachable) {
                    continue;
                }
                pairs[n++] = bci;
                pairs[n++] = (Integer) m[1];
            }
            out.put(e.getKey(), java.util.Arrays.copyOf(pairs, n));
        }
        return out;
    }
}
