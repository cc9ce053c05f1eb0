package dev.kiln.codegen.emit;

import dev.kiln.codegen.scope.Scope;
import dev.kiln.parser.ast.ClassNode;

/** Class definitions (15.7.14 ClassDefinitionEvaluation). */
final class ClassCompiler {
    private final FunctionCompiler fc;

    ClassCompiler(FunctionCompiler fc) {
        this.fc = fc;
    }

    /** Leaves the class constructor; {@code name} is its binding name or the NamedEvaluation name. */
    void compile(ClassNode c, Scope scope, String name) {
        throw new UnsupportedOperationException("classes are not compiled yet");
    }
}
