package dev.kiln.parser.ast;

/**
 * A class declaration. {@code id} is null only for {@code export default class {}}.
 */
public record ClassDeclaration(int start, int end, Identifier id, Expression superClass, java.util.List<ClassElement> body) implements Declaration, ClassNode {
}
