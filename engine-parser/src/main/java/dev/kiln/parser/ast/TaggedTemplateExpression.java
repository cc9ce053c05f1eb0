package dev.kiln.parser.ast;

/**
 * {@code tag`...`}; each node is one template site for GetTemplateObject.
 */
public record TaggedTemplateExpression(int start, int end, Expression tag, TemplateLiteral quasi) implements Expression {
}
