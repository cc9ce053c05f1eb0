package dev.kiln.parser.ast;

/**
 * A string literal with its escapes decoded (lone surrogates kept as written).
 */
public record StringLiteral(int start, int end, String value) implements Expression, ModuleExportName {

    @Override
    public String exportName() {
        return value;
    }
}
