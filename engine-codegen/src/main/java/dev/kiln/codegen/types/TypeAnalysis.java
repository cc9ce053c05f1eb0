package dev.kiln.codegen.types;

import dev.kiln.codegen.scope.FunctionInfo;
import dev.kiln.codegen.scope.Reference;
import dev.kiln.codegen.scope.Scope;
import dev.kiln.codegen.scope.ScopeAnalysis;
import dev.kiln.codegen.scope.Variable;
import dev.kiln.parser.ast.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which local bindings of one function provably hold only Numbers (or only int32 values), so
 * they can live unboxed in int or double JVM locals, and the static type of each expression
 * (13: the operators' result types). A binding is a candidate when it is a JVM local (no
 * closure or eval reaches it), no read can see it uninitialized or undefined, and no with
 * statement can intercept its name; its type is the join of the types of every value assigned
 * to it, computed to a fixpoint.
 *
 * <p>The rules rely on what the operators guarantee: {@code -}, {@code *}, {@code /}, {@code %},
 * {@code **} with a Number operand give a Number (or throw, for a BigInt), the bitwise
 * operators with a Number operand give an int32, {@code >>>} a uint32, unary {@code +} always a
 * Number; {@code +} gives a Number only when both operands are Numbers.
 */
public final class TypeAnalysis {
    private final ScopeAnalysis analysis;
    private final Map<Variable, ValueType> types = new IdentityHashMap<>();
    private final Map<Variable, List<Expression>> sources = new IdentityHashMap<>();
    private final Set<Variable> disqualified = new HashSet<>();

    private TypeAnalysis(ScopeAnalysis analysis) {
        this.analysis = analysis;
    }

    /** An analysis that types no binding (a function whose bindings live in an array, not in JVM locals). */
    public static TypeAnalysis untyped(ScopeAnalysis analysis) {
        return new TypeAnalysis(analysis);
    }

    /** The analysis of one function's locals (nothing is typed in top-level code: its bindings are global). */
    public static TypeAnalysis of(ScopeAnalysis analysis, FunctionInfo info) {
        TypeAnalysis t = new TypeAnalysis(analysis);
        FunctionNode f = info.functionNode();
        if (f == null || info.hasDirectEval()) return t;
        Set<Variable> candidates = new HashSet<>();
        collectCandidates(info.scope(), info, candidates);
        if (candidates.isEmpty()) return t;
        List<Statement> body = f.body() instanceof BlockStatement b ? b.body() : List.of();
        candidates.removeAll(DefiniteAssignment.unsafeVariables(analysis, candidates, body));
        for (Variable v : candidates) t.sources.put(v, new ArrayList<>());
        if (f.body() instanceof Expression e) t.collect(e);
        else for (Statement s : body) t.collect(s);
        for (Variable v : t.disqualified) t.sources.remove(v);
        t.solve();
        return t;
    }

    private static void collectCandidates(Scope s, FunctionInfo info, Set<Variable> out) {
        if (s.function() != info) return;
        for (Variable v : s.variables()) {
            if (v.storage() != Variable.Storage.LOCAL) continue;
            if (v.kind() == Variable.Kind.VAR || v.kind() == Variable.Kind.LET || v.kind() == Variable.Kind.CONST) {
                if (!info.annexBFunctionVars().contains(v)) out.add(v);
            }
        }
        for (Scope c : s.children()) collectCandidates(c, info, out);
    }

    /** The representation of a binding: INT, NUMBER or ANY. */
    public ValueType typeOf(Variable v) {
        ValueType t = types.get(v);
        return t == null || t == ValueType.NONE ? ValueType.ANY : t;
    }

    private void solve() {
        for (Variable v : sources.keySet()) types.put(v, ValueType.NONE);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<Variable, List<Expression>> e : sources.entrySet()) {
                ValueType t = ValueType.NONE;
                for (Expression x : e.getValue()) t = t.join(x == null ? ValueType.ANY : typeOf(x));
                if (t == ValueType.BOOLEAN) t = ValueType.ANY; // booleans stay boxed (Boolean.TRUE/FALSE cost nothing)
                if (t != types.get(e.getKey())) {
                    types.put(e.getKey(), t);
                    changed = true;
                }
            }
        }
        types.replaceAll((v, t) -> t == ValueType.NONE ? ValueType.ANY : t);
    }

    // ------------------------------------------------------------------ expression types

    /** The static type of {@code e}'s value. */
    public ValueType typeOf(Expression e) {
        if (e instanceof NumericLiteral n) {
            double d = n.value();
            int i = (int) d;
            return i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0) ? ValueType.INT : ValueType.NUMBER;
        }
        if (e instanceof BooleanLiteral) return ValueType.BOOLEAN;
        if (e instanceof Identifier id) {
            Reference r = analysis.reference(id);
            return r.variable() == null ? ValueType.ANY : typeOfCurrent(r.variable());
        }
        if (e instanceof UnaryExpression u) {
            ValueType a = typeOf(u.argument());
            if (a == ValueType.NONE) a = ValueType.INT;
            return switch (u.operator()) {
                case PLUS -> ValueType.NUMBER;
                case MINUS -> a.isNumeric() ? ValueType.NUMBER : ValueType.ANY;
                case BITWISE_NOT -> a.isNumeric() ? ValueType.INT : ValueType.ANY;
                case NOT, DELETE -> ValueType.BOOLEAN;
                default -> ValueType.ANY;
            };
        }
        if (e instanceof BinaryExpression b) return binary(b.operator(), typeOf(b.left()), typeOf(b.right()));
        if (e instanceof UpdateExpression u) {
            ValueType a = typeOf(u.argument());
            return a.isNumeric() || a == ValueType.NONE ? ValueType.NUMBER : ValueType.ANY;
        }
        if (e instanceof AssignmentExpression a) {
            if (a.operator() == AssignmentOperator.ASSIGN) return typeOf(a.right());
            if (a.operator().binaryOperator() != null) {
                ValueType left = a.left() instanceof Expression l ? typeOf(l) : ValueType.ANY;
                return binary(a.operator().binaryOperator(), left, typeOf(a.right()));
            }
            ValueType left = a.left() instanceof Expression l ? typeOf(l) : ValueType.ANY;
            return left.join(typeOf(a.right()));
        }
        if (e instanceof ConditionalExpression c) return typeOf(c.consequent()).join(typeOf(c.alternate()));
        if (e instanceof LogicalExpression l) {
            if (l.operator() == LogicalOperator.NULLISH) return ValueType.ANY;
            ValueType t = typeOf(l.left()).join(typeOf(l.right()));
            return t == ValueType.BOOLEAN ? t : ValueType.ANY;
        }
        if (e instanceof SequenceExpression s) return typeOf(s.expressions().get(s.expressions().size() - 1));
        if (e instanceof PrivateInExpression) return ValueType.BOOLEAN;
        return ValueType.ANY;
    }

    /** During the fixpoint a candidate's type is its current approximation. */
    private ValueType typeOfCurrent(Variable v) {
        ValueType t = types.get(v);
        if (t == null) return ValueType.ANY;
        return t;
    }

    /**
     * The result type of a binary operator (13.6-13.12) given its operands' types. NONE (a binding
     * not yet typed in the fixpoint) counts as INT: the fixpoint starts optimistic and only widens.
     */
    static ValueType binary(BinaryOperator op, ValueType a, ValueType b) {
        if (a == ValueType.NONE) a = ValueType.INT;
        if (b == ValueType.NONE) b = ValueType.INT;
        boolean anyNumber = a.isNumeric() || b.isNumeric();
        return switch (op) {
            case ADD -> a.isNumeric() && b.isNumeric() ? ValueType.NUMBER : ValueType.ANY;
            case SUB, MUL, DIV, MOD, EXP -> anyNumber ? ValueType.NUMBER : ValueType.ANY;
            case BIT_AND, BIT_OR, BIT_XOR, SHL, SHR -> anyNumber ? ValueType.INT : ValueType.ANY;
            case USHR -> ValueType.NUMBER;
            case EQ, NE, STRICT_EQ, STRICT_NE, LT, LE, GT, GE, IN, INSTANCEOF -> ValueType.BOOLEAN;
        };
    }

    // ------------------------------------------------------------------ collecting assignments

    private void source(Identifier id, Expression value) {
        Reference r = analysis.reference(id);
        Variable v = r.variable();
        if (v != null && sources.containsKey(v)) sources.get(v).add(value);
    }

    private void reference(Identifier id) {
        Reference r = analysis.reference(id);
        Variable v = r.variable();
        if (v != null && sources.containsKey(v) && (r.needsTdzCheck() || !r.dynamicScopes().isEmpty())) disqualified.add(v);
    }

    /** Marks every binding of a destructuring or for-in/of target as receiving any value. */
    private void anyValue(Node target) {
        if (target instanceof Identifier id) {
            reference(id);
            source(id, null);
        } else if (target instanceof VariableDeclaration vd) {
            for (VariableDeclarator d : vd.declarations()) anyValue(d.id());
        } else if (target instanceof AssignmentPattern ap) {
            anyValue(ap.left());
            collect(ap.right());
        } else if (target instanceof ArrayPattern ap) {
            for (Pattern p : ap.elements()) if (p != null) anyValue(p);
        } else if (target instanceof ObjectPattern op) {
            for (ObjectPatternMember m : op.properties()) {
                if (m instanceof PatternProperty pp) {
                    if (pp.computed()) collect(pp.key());
                    anyValue(pp.value());
                } else if (m instanceof RestElement r) {
                    anyValue(r.argument());
                }
            }
        } else if (target instanceof RestElement r) {
            anyValue(r.argument());
        } else if (target != null) {
            collect(target);
        }
    }

    private void collect(Node n) {
        if (n == null) return;
        if (n instanceof FunctionNode) return; // closures cannot reach JVM locals
        if (n instanceof Identifier id) {
            reference(id);
            return;
        }
        if (n instanceof VariableDeclaration vd) {
            for (VariableDeclarator d : vd.declarations()) {
                if (d.id() instanceof Identifier id) {
                    reference(id);
                    if (d.init() != null) {
                        source(id, d.init());
                        collect(d.init());
                    } else if (vd.kind() != VariableKind.VAR) {
                        source(id, null); // let x; is undefined
                    }
                } else {
                    anyValue(d.id());
                    collect(d.init());
                }
            }
            return;
        }
        if (n instanceof AssignmentExpression a) {
            if (a.left() instanceof Identifier id) {
                reference(id);
                source(id, a);
            } else if (a.left() instanceof ObjectPattern || a.left() instanceof ArrayPattern) {
                anyValue(a.left());
            } else {
                collect(a.left());
            }
            collect(a.right());
            return;
        }
        if (n instanceof UpdateExpression u) {
            if (u.argument() instanceof Identifier id) {
                reference(id);
                source(id, u);
            } else {
                collect(u.argument());
            }
            return;
        }
        if (n instanceof ForInStatement s) {
            anyValue(s.left());
            collect(s.right());
            collect(s.body());
            return;
        }
        if (n instanceof ForOfStatement s) {
            anyValue(s.left());
            collect(s.right());
            collect(s.body());
            return;
        }
        if (n instanceof CatchClause c) {
            anyValue(c.param());
            collect(c.body());
            return;
        }
        if (n instanceof ClassDeclaration c) {
            source(c.id(), null);
            collectClass(c);
            return;
        }
        if (n instanceof ClassExpression c) {
            collectClass(c);
            return;
        }
        for (Node child : children(n)) collect(child);
    }

    private void collectClass(ClassNode c) {
        collect(c.superClass());
        for (ClassElement el : c.body()) {
            if (el instanceof MethodDefinition m && m.computed()) collect(m.key());
            if (el instanceof PropertyDefinition p && p.computed()) collect(p.key());
        }
    }

    /** Children of statements (and, through DefiniteAssignment.children, of expressions). */
    private static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        if (n instanceof Expression e) {
            out.addAll(DefiniteAssignment.children(e));
            if (n instanceof LogicalExpression l) out.addAll(List.of(l.left(), l.right()));
            if (n instanceof ConditionalExpression c) out.addAll(List.of(c.test(), c.consequent(), c.alternate()));
            if (n instanceof ChainExpression c) out.add(c.expression());
        } else if (n instanceof ExpressionStatement s) {
            out.add(s.expression());
        } else if (n instanceof BlockStatement s) {
            out.addAll(s.body());
        } else if (n instanceof IfStatement s) {
            out.add(s.test());
            out.add(s.consequent());
            out.add(s.alternate());
        } else if (n instanceof ForStatement s) {
            out.add(s.init());
            out.add(s.test());
            out.add(s.update());
            out.add(s.body());
        } else if (n instanceof WhileStatement s) {
            out.add(s.test());
            out.add(s.body());
        } else if (n instanceof DoWhileStatement s) {
            out.add(s.body());
            out.add(s.test());
        } else if (n instanceof ReturnStatement s) {
            out.add(s.argument());
        } else if (n instanceof ThrowStatement s) {
            out.add(s.argument());
        } else if (n instanceof LabeledStatement s) {
            out.add(s.body());
        } else if (n instanceof WithStatement s) {
            out.add(s.object());
            out.add(s.body());
        } else if (n instanceof TryStatement s) {
            out.add(s.block());
            out.add(s.handler());
            out.add(s.finalizer());
        } else if (n instanceof SwitchStatement s) {
            out.add(s.discriminant());
            for (SwitchCase c : s.cases()) {
                out.add(c.test());
                out.addAll(c.consequent());
            }
        }
        return out;
    }
}
