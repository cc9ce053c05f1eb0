package dev.kiln.codegen.scope;

import dev.kiln.parser.ast.CallExpression;
import dev.kiln.parser.ast.Expression;
import dev.kiln.parser.ast.Identifier;
import dev.kiln.parser.ast.MemberExpression;
import dev.kiln.parser.ast.SpreadElement;
import java.util.List;

/**
 * The call {@code f.apply(thisArg, arguments)}, the way older code forwards its arguments. A
 * function whose only use of its arguments object is such calls never makes the object: the call
 * passes the function's own argument list when {@code f.apply} turns out to be
 * %Function.prototype.apply% (20.2.3.1), and makes the object on the spot otherwise. (V8 and
 * Nashorn do the same.) In sloppy functions this needs an empty parameter list, since a mapped
 * arguments object would alias the parameters.
 */
public final class ApplyOfArguments {
    private ApplyOfArguments() {}

    /** Whether {@code c} has the form {@code expr.apply(expr, arguments)}, without optional chaining or spread. */
    public static boolean matches(CallExpression c) {
        if (c.optional() || !(c.callee() instanceof MemberExpression m) || m.optional() || m.computed()
                || !(m.property() instanceof Identifier p) || !p.name().equals("apply")) {
            return false;
        }
        List<Expression> args = c.arguments();
        return args.size() == 2 && args.get(1) instanceof Identifier a && a.name().equals("arguments")
                && !(args.get(0) instanceof SpreadElement);
    }

    /** The {@code arguments} identifier of a call that {@link #matches}. */
    public static Identifier argumentsOf(CallExpression c) {
        return (Identifier) c.arguments().get(1);
    }
}
