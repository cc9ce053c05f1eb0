package dev.kiln.parser.ast;

/**
 * {@code ;}
 */
public record EmptyStatement(int start, int end) implements Statement {
}
