package dev.kiln.parser.ast;

/**
 * {@code with (object) body} (sloppy mode only).
 */
public record WithStatement(int start, int end, Expression object, Statement body) implements Statement {
}
