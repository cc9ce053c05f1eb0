package dev.kiln.parser.ast;

/**
 * {@code debugger;}
 */
public record DebuggerStatement(int start, int end) implements Statement {
}
