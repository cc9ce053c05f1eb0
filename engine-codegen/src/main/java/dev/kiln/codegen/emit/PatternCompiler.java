package dev.kiln.codegen.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.codegen.scope.Scope;
import dev.kiln.parser.ast.*;
import java.util.List;
import org.objectweb.asm.Label;

/**
 * Destructuring (ECMA-262 8.6.2 BindingInitialization, 13.15.5 DestructuringAssignmentEvaluation)
 * and the binding of parameter lists (IteratorBindingInitialization over the arguments). Each
 * entry point consumes the value on the stack.
 */
final class PatternCompiler {
    private static final String RECORD = "dev/kiln/runtime/ops/IteratorRecord";
    private static final String DESTRUCTURING = "dev/kiln/runtime/link/Destructuring";

    private final FunctionCompiler fc;
    private final Code code;

    PatternCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.code = fc.code;
    }

    /** Binds a declaration's pattern to the value on the stack; {@code initialize} for let/const/params. */
    void bind(Node pattern, Scope scope, boolean initialize) {
        target(pattern, scope, initialize, true);
    }

    /** Destructuring assignment (or a for-in/of target) of the value on the stack. */
    void assign(Node pattern, Scope scope) {
        target(pattern, scope, false, false);
    }

    private void target(Node pattern, Scope scope, boolean initialize, boolean binding) {
        if (pattern instanceof Identifier id) {
            fc.storeIdentifier(id, initialize);
        } else if (pattern instanceof ObjectPattern op) {
            objectPattern(op, scope, initialize, binding);
        } else if (pattern instanceof ArrayPattern ap) {
            arrayPattern(ap, scope, initialize, binding);
        } else if (pattern instanceof AssignmentPattern ap) {
            // Only reachable for a default at the top of a pattern list (handled by callers).
            withDefault(ap.left(), ap.right(), scope);
            target(ap.left(), scope, initialize, binding);
        } else if (pattern instanceof Expression e) {
            // A simple assignment target in a destructuring assignment: member expression or call.
            int value = code.newLocal();
            code.store(value);
            ExpressionCompiler.Target t = fc.expressions.new Target(e, scope);
            t.prepare();
            code.load(value);
            t.store();
        } else {
            throw new UnsupportedOperationException("pattern " + pattern.getClass().getSimpleName());
        }
    }

    /** value -> value, or the default's value if it was undefined (with NamedEvaluation for identifiers). */
    private void withDefault(Node target, Expression defaultValue, Scope scope) {
        Label done = new Label();
        code.dup();
        code.undefined();
        code.mv.visitJumpInsn(IF_ACMPNE, done);
        code.pop();
        if (target instanceof Identifier id) fc.expressions.compileNamed(defaultValue, id.name(), scope);
        else fc.expressions.compile(defaultValue, scope);
        code.label(done);
    }

    // ------------------------------------------------------------------ object patterns

    private void objectPattern(ObjectPattern op, Scope scope, boolean initialize, boolean binding) {
        int value = code.newLocal();
        code.store(value);
        code.realm();
        code.load(value);
        code.invokeStatic(DESTRUCTURING, "requireObjectCoercible", "(" + Code.REALM_DESC + "Ljava/lang/Object;)V");
        int excluded = -1;
        boolean hasRest = op.properties().stream().anyMatch(m -> m instanceof RestElement);
        if (hasRest) {
            code.mv.visitTypeInsn(NEW, "java/util/HashSet");
            code.dup();
            code.mv.visitMethodInsn(INVOKESPECIAL, "java/util/HashSet", "<init>", "()V", false);
            excluded = code.newLocal();
            code.store(excluded);
        }
        for (ObjectPatternMember m : op.properties()) {
            if (m instanceof PatternProperty p) {
                Node targetNode = p.value();
                Expression defaultValue = null;
                if (targetNode instanceof AssignmentPattern ap) {
                    defaultValue = ap.right();
                    targetNode = ap.left();
                }
                ExpressionCompiler.Target simple = !binding && !(targetNode instanceof ObjectPattern) && !(targetNode instanceof ArrayPattern)
                        && targetNode instanceof Expression e ? fc.expressions.new Target(e, scope) : null;
                fc.expressions.propertyKey(p.key(), p.computed(), scope);
                int key = code.newLocal();
                code.store(key);
                if (excluded >= 0) {
                    code.load(excluded);
                    code.load(key);
                    code.mv.visitMethodInsn(INVOKEVIRTUAL, "java/util/HashSet", "add", "(Ljava/lang/Object;)Z", false);
                    code.pop();
                }
                if (simple != null) simple.prepare();
                code.realm();
                code.load(value);
                code.load(key);
                code.invokeStatic(Code.REFERENCES, "getElement", "(" + Code.REALM_DESC + "Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;");
                if (defaultValue != null) withDefault(targetNode, defaultValue, scope);
                if (simple != null) simple.store();
                else target(targetNode, scope, initialize, binding);
            } else if (m instanceof RestElement r) {
                ExpressionCompiler.Target simple = !binding && r.argument() instanceof Expression e
                        ? fc.expressions.new Target(e, scope) : null;
                if (simple != null) simple.prepare();
                code.realm();
                code.load(value);
                code.load(excluded);
                code.invokeStatic(DESTRUCTURING, "objectRest", "(" + Code.REALM_DESC + "Ljava/lang/Object;Ljava/util/Set;)Ljava/lang/Object;");
                if (simple != null) simple.store();
                else target(r.argument(), scope, initialize, binding);
            }
        }
    }

    // ------------------------------------------------------------------ array patterns

    private void arrayPattern(ArrayPattern ap, Scope scope, boolean initialize, boolean binding) {
        code.realm();
        code.swap();
        code.invokeStatic("dev/kiln/runtime/ops/Iteration", "getIterator", "(" + Code.REALM_DESC + "Ljava/lang/Object;)L" + RECORD + ";");
        int record = code.newLocal();
        code.store(record);
        int envAtStart = code.newLocal();
        code.load(fc.envLocal);
        code.store(envAtStart);
        ControlFlow.TryRegion region = new ControlFlow.TryRegion(fc);
        region.begin();
        for (Pattern element : ap.elements()) {
            if (element == null) {
                code.load(record);
                code.invokeStatic(DESTRUCTURING, "skip", "(L" + RECORD + ";)V");
                continue;
            }
            if (element instanceof RestElement r) {
                ExpressionCompiler.Target simple = !binding && !(r.argument() instanceof ObjectPattern) && !(r.argument() instanceof ArrayPattern)
                        && r.argument() instanceof Expression e ? fc.expressions.new Target(e, scope) : null;
                if (simple != null) simple.prepare();
                code.realm();
                code.load(record);
                code.invokeStatic(DESTRUCTURING, "rest", "(" + Code.REALM_DESC + "L" + RECORD + ";)Ljava/lang/Object;");
                if (simple != null) simple.store();
                else target(r.argument(), scope, initialize, binding);
                continue;
            }
            Node targetNode = element;
            Expression defaultValue = null;
            if (element instanceof AssignmentPattern a) {
                targetNode = a.left();
                defaultValue = a.right();
            }
            ExpressionCompiler.Target simple = !binding && !(targetNode instanceof ObjectPattern) && !(targetNode instanceof ArrayPattern)
                    && targetNode instanceof Expression e ? fc.expressions.new Target(e, scope) : null;
            if (simple != null) simple.prepare();
            code.load(record);
            code.invokeStatic(DESTRUCTURING, "next", "(L" + RECORD + ";)Ljava/lang/Object;");
            if (defaultValue != null) withDefault(targetNode, defaultValue, scope);
            if (simple != null) simple.store();
            else target(targetNode, scope, initialize, binding);
        }
        region.end();
        code.load(record);
        code.invokeStatic(DESTRUCTURING, "close", "(L" + RECORD + ";)V");
        Label end = new Label();
        code.jump(end);
        // An abrupt completion while binding closes the iterator, unless the iterator itself failed.
        Label handler = new Label();
        code.label(handler);
        int thrown = code.newLocal();
        code.store(thrown);
        code.load(envAtStart);
        code.store(fc.envLocal);
        code.load(record);
        code.load(thrown);
        code.invokeStatic(DESTRUCTURING, "closeOnThrow", "(L" + RECORD + ";Ljava/lang/Throwable;)Ljava/lang/Throwable;");
        code.athrow();
        region.handler(handler, "java/lang/Throwable");
        code.label(end);
    }

    // ------------------------------------------------------------------ parameters

    /** 10.2.11 step 26 for a non-simple parameter list: each parameter from the arguments, in order. */
    void bindParameters(List<Pattern> params, Scope scope) {
        for (int i = 0; i < params.size(); i++) {
            Pattern p = params.get(i);
            if (p instanceof RestElement r) {
                code.realm();
                code.load(fc.argsLocal);
                code.iconst(i);
                code.invokeStatic(DESTRUCTURING, "restArguments", "(" + Code.REALM_DESC + "[Ljava/lang/Object;I)Ljava/lang/Object;");
                bind(r.argument(), scope, true);
                continue;
            }
            code.load(fc.argsLocal);
            code.iconst(i);
            code.invokeStatic(Code.SUPPORT, "argument", "([Ljava/lang/Object;I)Ljava/lang/Object;");
            if (p instanceof AssignmentPattern ap) {
                withDefault(ap.left(), ap.right(), scope);
                bind(ap.left(), scope, true);
            } else {
                bind(p, scope, true);
            }
        }
    }
}
