package dev.kiln.parser.ast;

/**
 * {@code switch (discriminant) { cases }}
 */
public record SwitchStatement(int start, int end, Expression discriminant, java.util.List<SwitchCase> cases) implements Statement {
}
