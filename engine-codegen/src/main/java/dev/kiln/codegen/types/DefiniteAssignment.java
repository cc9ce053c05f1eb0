package dev.kiln.codegen.types;

import dev.kiln.codegen.scope.Reference;
import dev.kiln.codegen.scope.ScopeAnalysis;
import dev.kiln.codegen.scope.Variable;
import dev.kiln.parser.ast.*;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which var bindings of a function are always assigned before they are read. A var starts as
 * undefined; only one that no read can see in that state may live in a primitive slot. A
 * forward pass over the statements of one function (first iteration of each loop, both arms of
 * each branch, exceptions anywhere in a try), conservative wherever the flow is unclear.
 */
final class DefiniteAssignment {
    private final ScopeAnalysis analysis;
    private final Set<Variable> candidates;
    private final Set<Variable> readBeforeAssigned = new HashSet<>();
    private final Deque<Target> targets = new ArrayDeque<>();

    /** A statement breaks can leave; the sets at its breaks meet the set at its normal end. */
    private static final class Target {
        final Set<String> labels;
        final boolean loopOrSwitch;
        Set<Variable> atBreaks;
        Set<Variable> atContinues;

        Target(Set<String> labels, boolean loopOrSwitch) {
            this.labels = labels;
            this.loopOrSwitch = loopOrSwitch;
        }
    }

    private DefiniteAssignment(ScopeAnalysis analysis, Set<Variable> candidates) {
        this.analysis = analysis;
        this.candidates = candidates;
    }

    /** The candidates some read may see unassigned. */
    static Set<Variable> unsafeVariables(ScopeAnalysis analysis, Set<Variable> candidates, List<Statement> body) {
        DefiniteAssignment da = new DefiniteAssignment(analysis, candidates);
        Set<Variable> in = new HashSet<>();
        for (Statement s : body) {
            in = da.statement(s, in, Set.of());
            if (in == null) break;
        }
        return da.readBeforeAssigned;
    }

    private static Set<Variable> meet(Set<Variable> a, Set<Variable> b) {
        if (a == null) return b == null ? null : new HashSet<>(b);
        if (b == null) return new HashSet<>(a);
        Set<Variable> r = new HashSet<>(a);
        r.retainAll(b);
        return r;
    }

    // ------------------------------------------------------------------ statements (null = cannot complete normally)

    private Set<Variable> statement(Statement st, Set<Variable> in, Set<String> labels) {
        if (st instanceof ExpressionStatement s) return expression(s.expression(), in);
        if (st instanceof VariableDeclaration s) {
            Set<Variable> cur = in;
            for (VariableDeclarator d : s.declarations()) {
                if (d.init() != null) {
                    cur = expression(d.init(), cur);
                    cur = assign(d.id(), cur);
                } else if (s.kind() != VariableKind.VAR) {
                    cur = assign(d.id(), cur);
                }
            }
            return cur;
        }
        if (st instanceof ReturnStatement s) {
            if (s.argument() != null) expression(s.argument(), in);
            return null;
        }
        if (st instanceof ThrowStatement s) {
            expression(s.argument(), in);
            return null;
        }
        if (st instanceof IfStatement s) {
            Set<Variable> afterTest = expression(s.test(), in);
            Set<Variable> a = statement(s.consequent(), copy(afterTest), Set.of());
            Set<Variable> b = s.alternate() == null ? copy(afterTest) : statement(s.alternate(), copy(afterTest), Set.of());
            return a == null ? b : b == null ? a : meet(a, b);
        }
        if (st instanceof BlockStatement s) return statements(s.body(), in);
        if (st instanceof LabeledStatement s) {
            java.util.HashSet<String> all = new java.util.HashSet<>(labels);
            all.add(s.label().name());
            if (isLoop(s.body())) return statement(s.body(), in, all);
            Target t = new Target(all, false);
            targets.push(t);
            Set<Variable> out = statement(s.body(), in, Set.of());
            targets.pop();
            return out == null ? t.atBreaks : t.atBreaks == null ? out : meet(out, t.atBreaks);
        }
        if (st instanceof BreakStatement s) {
            Target t = find(s.label() == null ? null : s.label().name(), false);
            if (t != null) t.atBreaks = meet(t.atBreaks, in);
            return null;
        }
        if (st instanceof ContinueStatement s) {
            Target t = find(s.label() == null ? null : s.label().name(), true);
            if (t != null) t.atContinues = meet(t.atContinues, in);
            return null;
        }
        if (st instanceof WhileStatement s) {
            Set<Variable> afterTest = expression(s.test(), in);
            Target t = loop(labels, s.body(), copy(afterTest));
            return t.atBreaks == null ? afterTest : meet(afterTest, t.atBreaks);
        }
        if (st instanceof DoWhileStatement s) {
            Target t = new Target(labels, true);
            targets.push(t);
            Set<Variable> body = statement(s.body(), copy(in), Set.of());
            targets.pop();
            Set<Variable> beforeTest = body == null ? t.atContinues : t.atContinues == null ? body : meet(body, t.atContinues);
            Set<Variable> afterTest = beforeTest == null ? null : expression(s.test(), beforeTest);
            return afterTest == null ? t.atBreaks : t.atBreaks == null ? afterTest : meet(afterTest, t.atBreaks);
        }
        if (st instanceof ForStatement s) {
            Set<Variable> cur = in;
            if (s.init() instanceof VariableDeclaration vd) cur = statement(vd, cur, Set.of());
            else if (s.init() != null) cur = expression((Expression) s.init(), cur);
            Set<Variable> afterTest = s.test() == null ? cur : expression(s.test(), cur);
            Target t = new Target(labels, true);
            targets.push(t);
            Set<Variable> body = statement(s.body(), copy(afterTest), Set.of());
            targets.pop();
            Set<Variable> beforeUpdate = body == null ? t.atContinues : t.atContinues == null ? body : meet(body, t.atContinues);
            if (s.update() != null && beforeUpdate != null) expression(s.update(), beforeUpdate);
            if (s.test() == null) return t.atBreaks;
            return t.atBreaks == null ? afterTest : meet(afterTest, t.atBreaks);
        }
        if (st instanceof ForInStatement s) return forInOf(s.left(), s.right(), s.body(), in, labels);
        if (st instanceof ForOfStatement s) return forInOf(s.left(), s.right(), s.body(), in, labels);
        if (st instanceof SwitchStatement s) {
            Set<Variable> afterDiscriminant = expression(s.discriminant(), in);
            Target t = new Target(labels, true);
            targets.push(t);
            for (SwitchCase c : s.cases()) {
                Set<Variable> cur = copy(afterDiscriminant);
                if (c.test() != null) cur = expression(c.test(), cur);
                statements(c.consequent(), cur);
            }
            targets.pop();
            return afterDiscriminant;
        }
        if (st instanceof TryStatement s) {
            Set<Variable> tryOut = statement(s.block(), copy(in), Set.of());
            Set<Variable> out = tryOut;
            if (s.handler() != null) {
                Set<Variable> catchIn = copy(in);
                if (s.handler().param() != null) catchIn = assign(s.handler().param(), catchIn);
                Set<Variable> catchOut = statement(s.handler().body(), catchIn, Set.of());
                out = tryOut == null ? catchOut : catchOut == null ? tryOut : meet(tryOut, catchOut);
            }
            if (s.finalizer() != null) {
                Set<Variable> finallyOut = statement(s.finalizer(), copy(in), Set.of());
                if (finallyOut == null) return null;
                if (out != null) out.addAll(finallyOut);
            }
            return out;
        }
        if (st instanceof WithStatement s) {
            Set<Variable> afterObject = expression(s.object(), in);
            statement(s.body(), copy(afterObject), Set.of());
            return afterObject;
        }
        if (st instanceof ClassDeclaration s) return assign(s.id(), classParts(s, in));
        // Function declarations were hoisted; empty, debugger: nothing.
        return in;
    }

    private Set<Variable> statements(List<Statement> list, Set<Variable> in) {
        Set<Variable> cur = in;
        for (Statement s : list) {
            cur = statement(s, cur, Set.of());
            if (cur == null) return null;
        }
        return cur;
    }

    private Target loop(Set<String> labels, Statement body, Set<Variable> in) {
        Target t = new Target(labels, true);
        targets.push(t);
        statement(body, in, Set.of());
        targets.pop();
        return t;
    }

    private Set<Variable> forInOf(Node left, Expression right, Statement body, Set<Variable> in, Set<String> labels) {
        Set<Variable> afterRight = expression(right, in);
        Set<Variable> each = copy(afterRight);
        if (left instanceof VariableDeclaration vd) each = assign(vd.declarations().get(0).id(), each);
        else each = assign(left, each);
        Target t = loop(labels, body, each);
        return t.atBreaks == null ? afterRight : meet(afterRight, t.atBreaks);
    }

    private Target find(String label, boolean isContinue) {
        for (Target t : targets) {
            if (label == null ? t.loopOrSwitch : t.labels.contains(label)) return t;
        }
        return null;
    }

    private static boolean isLoop(Statement s) {
        return s instanceof WhileStatement || s instanceof DoWhileStatement || s instanceof ForStatement
                || s instanceof ForInStatement || s instanceof ForOfStatement;
    }

    private static Set<Variable> copy(Set<Variable> s) {
        return s == null ? null : new HashSet<>(s);
    }

    // ------------------------------------------------------------------ expressions

    private Set<Variable> read(Identifier id, Set<Variable> in) {
        Reference r = analysis.reference(id);
        Variable v = r.variable();
        if (v != null && candidates.contains(v) && !in.contains(v)) readBeforeAssigned.add(v);
        return in;
    }

    /** Marks the bindings of an assignment or binding target as assigned (its parts evaluated first). */
    private Set<Variable> assign(Node target, Set<Variable> in) {
        if (target instanceof Identifier id) {
            Reference r = analysis.reference(id);
            if (r.variable() != null) in.add(r.variable());
            return in;
        }
        if (target instanceof AssignmentPattern ap) return assign(ap.left(), expression(ap.right(), in));
        if (target instanceof ArrayPattern ap) {
            for (Pattern p : ap.elements()) if (p != null) in = assign(p, in);
            return in;
        }
        if (target instanceof ObjectPattern op) {
            for (ObjectPatternMember m : op.properties()) {
                if (m instanceof PatternProperty pp) {
                    if (pp.computed()) in = expression((Expression) pp.key(), in);
                    in = assign(pp.value(), in);
                } else if (m instanceof RestElement r) {
                    in = assign(r.argument(), in);
                }
            }
            return in;
        }
        if (target instanceof RestElement r) return assign(r.argument(), in);
        if (target instanceof VariableDeclaration vd) return assign(vd.declarations().get(0).id(), in);
        if (target instanceof Expression e) return expression(e, in);
        return in;
    }

    private Set<Variable> expression(Expression e, Set<Variable> in) {
        if (e instanceof Identifier id) return read(id, in);
        if (e instanceof AssignmentExpression a) {
            if (a.operator() == AssignmentOperator.ASSIGN) {
                Set<Variable> cur = a.left() instanceof Identifier ? in : targetParts(a.left(), in);
                cur = expression(a.right(), cur);
                return assign(a.left(), cur);
            }
            Set<Variable> cur = a.left() instanceof Identifier id ? read(id, in) : targetParts(a.left(), in);
            if (a.operator().logicalOperator() != null) {
                expression(a.right(), copy(cur)); // may not run
                return cur;
            }
            cur = expression(a.right(), cur);
            return a.left() instanceof Identifier ? assign(a.left(), cur) : cur;
        }
        if (e instanceof UpdateExpression u) {
            if (u.argument() instanceof Identifier id) return assign(id, read(id, in));
            return targetParts(u.argument(), in);
        }
        if (e instanceof LogicalExpression l) {
            Set<Variable> cur = expression(l.left(), in);
            expression(l.right(), copy(cur));
            return cur;
        }
        if (e instanceof ConditionalExpression c) {
            Set<Variable> cur = expression(c.test(), in);
            Set<Variable> a = expression(c.consequent(), copy(cur));
            Set<Variable> b = expression(c.alternate(), copy(cur));
            return meet(a, b);
        }
        if (e instanceof ChainExpression c) {
            expression(c.expression(), copy(in));
            return in;
        }
        if (e instanceof FunctionExpression || e instanceof ArrowFunctionExpression) return in;
        if (e instanceof ClassExpression c) return classParts(c, in);
        for (Expression child : children(e)) if (child != null) in = expression(child, in);
        return in;
    }

    /** The parts of a class definition evaluated in the enclosing function: heritage and computed keys. */
    private Set<Variable> classParts(ClassNode c, Set<Variable> in) {
        if (c.superClass() != null) in = expression(c.superClass(), in);
        for (ClassElement el : c.body()) {
            if (el instanceof MethodDefinition m && m.computed()) in = expression((Expression) m.key(), in);
            if (el instanceof PropertyDefinition p && p.computed()) in = expression((Expression) p.key(), in);
        }
        return in;
    }

    /** Evaluates the parts of a non-identifier assignment target (object, key). */
    private Set<Variable> targetParts(Node target, Set<Variable> in) {
        if (target instanceof MemberExpression m) {
            in = expression(m.object(), in);
            return m.computed() ? expression(m.property(), in) : in;
        }
        if (target instanceof Expression e) return expression(e, in);
        return assign(target, in);
    }

    /** The subexpressions of {@code e} evaluated in order (for the expressions with no flow of their own). */
    static List<Expression> children(Expression e) {
        if (e instanceof BinaryExpression b) return List.of(b.left(), b.right());
        if (e instanceof UnaryExpression u) return List.of(u.argument());
        if (e instanceof MemberExpression m) return m.computed() ? List.of(m.object(), m.property()) : List.of(m.object());
        if (e instanceof CallExpression c) {
            java.util.ArrayList<Expression> l = new java.util.ArrayList<>();
            l.add(c.callee());
            l.addAll(c.arguments());
            return l;
        }
        if (e instanceof NewExpression n) {
            java.util.ArrayList<Expression> l = new java.util.ArrayList<>();
            l.add(n.callee());
            l.addAll(n.arguments());
            return l;
        }
        if (e instanceof SequenceExpression s) return s.expressions();
        if (e instanceof ArrayExpression a) return a.elements();
        if (e instanceof SpreadElement s) return List.of(s.argument());
        if (e instanceof TemplateLiteral t) return t.expressions();
        if (e instanceof TaggedTemplateExpression t) {
            java.util.ArrayList<Expression> l = new java.util.ArrayList<>();
            l.add(t.tag());
            l.addAll(t.quasi().expressions());
            return l;
        }
        if (e instanceof ObjectExpression o) {
            java.util.ArrayList<Expression> l = new java.util.ArrayList<>();
            for (ObjectMember m : o.properties()) {
                if (m instanceof Property p) {
                    if (p.computed()) l.add((Expression) p.key());
                    if (!(p.value() instanceof FunctionExpression)) l.add(p.value());
                } else if (m instanceof SpreadElement s) {
                    l.add(s.argument());
                }
            }
            return l;
        }
        if (e instanceof PrivateMemberExpression m) return List.of(m.object());
        if (e instanceof PrivateInExpression p) return List.of(p.right());
        if (e instanceof SuperMemberExpression s) return s.computed() ? List.of(s.property()) : List.of();
        if (e instanceof SuperCall s) return s.arguments();
        if (e instanceof AwaitExpression a) return List.of(a.argument());
        if (e instanceof YieldExpression y) return y.argument() == null ? List.of() : List.of(y.argument());
        if (e instanceof ImportExpression i) return i.options() == null ? List.of(i.source()) : List.of(i.source(), i.options());
        return List.of();
    }
}
