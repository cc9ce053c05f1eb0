package dev.kiln.cli;

import dev.kiln.parser.ast.FunctionNode;
import dev.kiln.parser.ast.Node;
import dev.kiln.parser.ast.Program;
import dev.kiln.parser.ast.SourceType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** What {@code kiln FILE} says about a parsed program: {@code script, 3 statements, 1 function, parsed in 2 ms}. */
final class ProgramSummary {

    private ProgramSummary() {}

    static String of(Program program, long parseNanos) {
        return (program.sourceType() == SourceType.MODULE ? "module" : "script")
                + ", " + count(program.body().size(), "statement")
                + ", " + count(functions(program), "function")
                + ", parsed in " + Math.round(parseNanos / 1e6) + " ms";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Functions of every form in the tree. AST nodes are records, so the walk follows their
     * components; it keeps its own stack, as the tree may be deeper than the thread's.
     */
    static int functions(Program program) {
        int functions = 0;
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(program);
        while (!pending.isEmpty()) {
            Object value = pending.pop();
            if (value instanceof List<?> list) {
                for (Object element : list) if (element != null) pending.push(element);
            } else if (value instanceof Node node) {
                if (node instanceof FunctionNode) functions++;
                for (RecordComponent component : node.getClass().getRecordComponents()) {
                    Object child = read(component, node);
                    if (child instanceof Node || child instanceof List<?>) pending.push(child);
                }
            }
        }
        return functions;
    }

    private static Object read(RecordComponent component, Node node) {
        try {
            return component.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + node.getClass().getName(), e);
        }
    }
}
