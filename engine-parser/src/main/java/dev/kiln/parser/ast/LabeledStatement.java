package dev.kiln.parser.ast;

/**
 * {@code label: body}
 */
public record LabeledStatement(int start, int end, Identifier label, Statement body) implements Statement {
}
