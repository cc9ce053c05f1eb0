package dev.kiln.parser.ast;

/**
 * A template's literal text. {@code raw} is the TRV (line terminators normalised to LF); {@code cooked} is the
 * TV, null when the text has an invalid escape (only allowed in tagged templates).
 */
public record TemplateElement(int start, int end, String cooked, String raw, boolean tail) implements Node {
}
