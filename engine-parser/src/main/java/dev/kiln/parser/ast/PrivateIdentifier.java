package dev.kiln.parser.ast;

/**
 * {@code #name}; {@code name} excludes the {@code #}.
 */
public record PrivateIdentifier(int start, int end, String name) implements Node {
}
