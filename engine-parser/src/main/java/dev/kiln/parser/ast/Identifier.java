package dev.kiln.parser.ast;

/**
 * An identifier: a reference, a binding, a label, or a non-computed property name. {@code name} has escapes
 * decoded and is interned, so names compare with {@code ==} within one parse.
 */
public record Identifier(int start, int end, String name) implements Expression, Pattern, ModuleExportName {

    @Override
    public String exportName() {
        return name;
    }
}
