package dev.kiln.codegen.emit;

import dev.kiln.codegen.scope.Scope;
import dev.kiln.parser.ast.CallExpression;

/** A call {@code eval(...)} that may be a direct eval (19.2.1.1 PerformEval with direct = true). */
final class DirectEvalCompiler {
    private final FunctionCompiler fc;

    DirectEvalCompiler(FunctionCompiler fc) {
        this.fc = fc;
    }

    void compile(CallExpression c, Scope scope) {
        throw new UnsupportedOperationException("direct eval is not compiled yet");
    }
}
