package dev.kiln.parser.ast;

/**
 * An expression statement. {@code directive} is the raw text between the quotes when this statement is
 * part of a directive prologue (ECMA-262 11.2.1), e.g. {@code use strict}; otherwise null.
 */
public record ExpressionStatement(int start, int end, Expression expression, String directive) implements Statement {
}
