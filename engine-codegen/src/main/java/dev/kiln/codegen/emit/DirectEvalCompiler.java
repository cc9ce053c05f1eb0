package dev.kiln.codegen.emit;

import dev.kiln.codegen.scope.EvalSite;
import dev.kiln.codegen.scope.Scope;
import dev.kiln.parser.ast.CallExpression;
import dev.kiln.parser.ast.Identifier;

/**
 * A call {@code eval(...)} (13.3.6.1 steps 6-7): the callee and its this value, the arguments,
 * then {@code DirectEval.call}, which performs a direct eval (19.2.1.1 PerformEval with direct =
 * true) when the callee is the realm's %eval% and makes an ordinary call otherwise. The eval code
 * gets the caller's current environment array and the description of the scopes it belongs to
 * ({@link EvalSite}), a string constant of this class.
 */
final class DirectEvalCompiler {
    private final FunctionCompiler fc;
    private final Code code;

    DirectEvalCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.code = fc.code;
    }

    void compile(CallExpression c, Scope scope) {
        fc.position(c);
        fc.loadIdentifierForCall((Identifier) c.callee());
        fc.expressions.listOf(c.arguments(), scope);
        code.invokeStatic(Code.SUPPORT, "listToArray", "(Ljava/util/ArrayList;)[Ljava/lang/Object;");
        code.realm();
        EvalSite site = EvalSite.at(scope, fc.info, fc.analysis.evalVarTarget(c), origin(c));
        code.string(site.encode(), fc.unit.constants);
        code.load(fc.envLocal);
        code.invokeStatic("dev/kiln/runtime/env/DirectEval", "call", "(Ljava/lang/Object;Ljava/lang/Object;[Ljava/lang/Object;"
                + Code.REALM_DESC + "Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/Object;");
    }

    /** V8's name for where eval code comes from: {@code eval at f (file.js:3:7)}. */
    private String origin(CallExpression c) {
        String function = fc.unit.nameOf(fc.info);
        return "eval at " + (function.isEmpty() ? "<anonymous>" : function) + " (" + fc.unit.source.position(c.start()) + ")";
    }
}
