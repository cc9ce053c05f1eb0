package dev.kiln.parser.ast;

/**
 * {@code `...${e}...`}: {@code quasis} has one more element than {@code expressions}.
 */
public record TemplateLiteral(int start, int end, java.util.List<TemplateElement> quasis, java.util.List<Expression> expressions) implements Expression {
}
