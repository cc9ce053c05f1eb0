package dev.kiln.codegen.emit;

import dev.kiln.codegen.scope.Reference;
import dev.kiln.codegen.scope.Scope;
import dev.kiln.codegen.scope.ScopeAnalysis;
import dev.kiln.codegen.scope.Variable;
import dev.kiln.parser.Source;
import dev.kiln.parser.ast.*;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much bytecode a piece of the AST compiles to, and how many constant pool entries, estimated
 * from the AST before any code is emitted: this decides which functions are compiled split
 * ({@link Splitter}) and where a unit starts a new class. Nested functions are not counted (each
 * has a method of its own); a finally block counts once per way out of its try statement, since
 * it is compiled again at each. The weights are a little above what the emitter produces for
 * typical code, so that the estimate is rarely below the real size; the exact size of every
 * method is checked after it is written all the same.
 */
final class CodeEstimate {
    /**
     * A function's estimate: bytes of code of its own method, the distinct constants it names
     * (strings, names, numbers) and its function literals (each a dynamic constant with method
     * handles and their references).
     */
    record Size(int bytes, Set<Object> names, int functionLiterals) {
        /** Entries of the function's own besides those of its names (its name, its bridge's...). */
        private static final int BASE = 8;
        private static final int PER_LITERAL = 20;

        /** The constant pool entries of the method in a class of its own (two per string: its entry and its text). */
        int constants() {
            return BASE + 2 * names.size() + PER_LITERAL * functionLiterals;
        }

        /**
         * The entries the method adds to class {@code c}: its names that neither the class's pool
         * nor a method planned there before has; the class then counts them as planned.
         */
        int newConstants(UnitClass c) {
            int n = BASE + PER_LITERAL * functionLiterals;
            for (Object name : names) if (!c.pool.has(name) && c.plannedNames.add(name)) n += 2;
            return n;
        }
    }

    /** Setting a binding's first value (undefined, or uninitialized) at the start of its scope. */
    private static final int INITIAL_VALUE = 7;
    /** Nodes at least this large keep their estimate, so that split compilation asks for it cheaply. */
    private static final int REMEMBERED = 256;

    private final Source source;
    private final ScopeAnalysis analysis;
    private final Map<Node, Known> remembered = new IdentityHashMap<>();
    /** While estimating a whole function: the distinct constants it names, else null. */
    private Set<Object> constants;
    private int functionLiterals;
    /** Break, continue and return statements seen so far (each runs the finally blocks it leaves). */
    private int exits;

    CodeEstimate(Source source, ScopeAnalysis analysis) {
        this.source = source;
        this.analysis = analysis;
    }

    /** The estimate of one function's (or top-level code's) own method. */
    static Size of(Node function, Source source, ScopeAnalysis analysis) {
        CodeEstimate e = new CodeEstimate(source, analysis);
        e.constants = new HashSet<>();
        int bytes = 40;
        if (function instanceof FunctionNode f) {
            bytes += 12 * f.params().size();
            for (Pattern p : f.params()) bytes += e.pattern(p);
            bytes += f.body() instanceof Expression x ? e.bytes(x) : e.bytes(f.body());
        } else if (function instanceof Program p) {
            for (ModuleItem item : p.body()) {
                bytes += e.bytes(item);
                // Top-level declarations are names in lists for GlobalDeclarationInstantiation.
                if (item instanceof FunctionDeclaration fd) bytes += 4 + e.name(fd.id().name());
            }
        } else {
            bytes += e.bytes(function);
        }
        return new Size(bytes, e.constants, e.functionLiterals);
    }

    /** The estimated bytecode of a statement, expression, pattern or other node (remembered when large). */
    int bytes(Node n) {
        if (n == null) return 0;
        Known known = remembered.get(n);
        if (known != null) {
            exits += known.exits();
            return known.size();
        }
        int exitsBefore = exits;
        int size = compute(n);
        if (size >= REMEMBERED) remembered.put(n, new Known(size, exits - exitsBefore));
        return size;
    }

    /** A remembered estimate, and the break, continue and return statements in the node. */
    private record Known(int size, int exits) {}

    /** The estimated bytecode of a list of nodes (a statement list, arguments...). */
    int bytes(List<? extends Node> nodes) {
        int total = 0;
        for (Node n : nodes) total += bytes(n);
        return total;
    }

    /**
     * A reference to a binding: a JVM local, a slot of an environment array some hops away, or a
     * name looked up (a constant), as globals are; with a check of the temporal dead zone.
     */
    private int binding(Identifier id) {
        Reference r = analysis.reference(id);
        Variable v = r.variable();
        int size = r.needsTdzCheck() ? 12 : 2;
        if (v == null || v.storage() == Variable.Storage.GLOBAL || !r.dynamicScopes().isEmpty()) {
            name(id.name());
            size += 4 + 16 * r.dynamicScopes().size();
        } else if (v.storage() == Variable.Storage.ENV) {
            size += 4;
            for (Scope s = r.from(); s != null && s != v.scope(); s = s.parent()) if (s.hasEnv()) size += 5;
        }
        return size;
    }

    /** Notes a name or string constant (its pool entry) and returns the bytes that load it. */
    private int name(String s) {
        if (constants != null) constants.add(s);
        return 3;
    }

    private int compute(Node n) {
        // Statements
        if (n instanceof ExpressionStatement s) return 1 + bytes(s.expression());
        if (n instanceof VariableDeclaration s) return bytes(s.declarations());
        if (n instanceof FunctionDeclaration f) return function(f) + 14 + INITIAL_VALUE; // made at the start of its scope
        if (n instanceof ClassDeclaration c) return classSize(c) + 8;
        if (n instanceof ReturnStatement s) {
            exits++;
            return 3 + bytes(s.argument());
        }
        if (n instanceof IfStatement s) return 6 + condition(s.test()) + bytes(s.consequent()) + bytes(s.alternate());
        if (n instanceof BlockStatement s) return 1 + bytes(s.body());
        if (n instanceof WhileStatement s) return 18 + condition(s.test()) + bytes(s.body());
        if (n instanceof DoWhileStatement s) return 16 + condition(s.test()) + bytes(s.body());
        if (n instanceof ForStatement s) {
            return 20 + bytes(s.init()) + condition(s.test()) + bytes(s.update()) + bytes(s.body());
        }
        if (n instanceof ForInStatement s) return 56 + bytes(s.right()) + target(s.left()) + bytes(s.body());
        if (n instanceof ForOfStatement s) return 100 + bytes(s.right()) + target(s.left()) + bytes(s.body());
        if (n instanceof BreakStatement || n instanceof ContinueStatement) {
            exits++;
            return 6;
        }
        if (n instanceof ThrowStatement s) return 8 + bytes(s.argument());
        if (n instanceof TryStatement s) {
            int exitsBefore = exits;
            int size = 12 + bytes(s.block());
            if (s.handler() != null) size += 24 + pattern(s.handler().param()) + bytes(s.handler().body());
            if (s.finalizer() != null) size += 24 + (2 + exits - exitsBefore) * bytes(s.finalizer());
            return size;
        }
        if (n instanceof SwitchStatement s) {
            return 16 + bytes(s.discriminant()) + bytes(s.cases());
        }
        if (n instanceof LabeledStatement s) return bytes(s.body());
        if (n instanceof WithStatement s) return 32 + bytes(s.object()) + bytes(s.body());
        if (n instanceof EmptyStatement || n instanceof DebuggerStatement) return 0;
        // Expressions
        if (n instanceof Identifier id) return binding(id);
        if (n instanceof NumericLiteral lit) {
            if (constants != null) constants.add(lit.value());
            return 6;
        }
        if (n instanceof StringLiteral s) return 1 + name(s.value());
        if (n instanceof BooleanLiteral || n instanceof NullLiteral || n instanceof ThisExpression) return 4;
        if (n instanceof BigIntLiteral b) return 3 + name(b.digits());
        if (n instanceof RegExpLiteral r) return 16 + name(r.pattern());
        if (n instanceof TemplateLiteral t) return 4 + 14 * t.expressions().size() + bytes(t.expressions());
        if (n instanceof TaggedTemplateExpression t) {
            if (constants != null) constants.add(t.quasi());
            return 20 + bytes(t.tag()) + bytes(t.quasi()) + 8 * t.quasi().expressions().size();
        }
        if (n instanceof ArrayExpression a) {
            int size = 10;
            for (Expression x : a.elements()) size += 8 + bytes(x);
            return size;
        }
        if (n instanceof ObjectExpression o) return 10 + bytes(o.properties());
        if (n instanceof Property p) {
            return 8 + (p.computed() ? 4 + bytes(p.key()) : key(p.key()))
                    + (p.value() instanceof FunctionExpression f && (p.method() || p.kind() != PropertyKind.INIT) ? function(f) : bytes(p.value()));
        }
        if (n instanceof VariableDeclarator d) {
            // Each binding also gets its first value where its scope starts.
            int initial = d.id() instanceof Identifier ? INITIAL_VALUE : INITIAL_VALUE * 4;
            return 1 + initial + pattern(d.id()) + bytes(d.init());
        }
        if (n instanceof SwitchCase c) return 14 + bytes(c.test()) + bytes(c.consequent());
        if (n instanceof FunctionExpression f) return function(f);
        if (n instanceof ArrowFunctionExpression f) return function(f);
        if (n instanceof ClassExpression c) return classSize(c);
        if (n instanceof ClassElement el) return classElement(el);
        if (n instanceof UnaryExpression u) return (u.operator() == UnaryOperator.DELETE ? 8 : 4) + bytes(u.argument());
        if (n instanceof UpdateExpression u) return 14 + target(u.argument());
        if (n instanceof BinaryExpression b) return 4 + bytes(b.left()) + bytes(b.right());
        if (n instanceof PrivateInExpression p) return 12 + bytes(p.right());
        if (n instanceof LogicalExpression l) return 10 + bytes(l.left()) + bytes(l.right());
        if (n instanceof AssignmentExpression a) return 4 + target(a.left()) + bytes(a.right());
        if (n instanceof ConditionalExpression c) return 6 + condition(c.test()) + bytes(c.consequent()) + bytes(c.alternate());
        if (n instanceof CallExpression c) return 6 + callee(c.callee()) + arguments(c.arguments());
        if (n instanceof NewExpression c) return 8 + callee(c.callee()) + arguments(c.arguments());
        if (n instanceof MemberExpression m) {
            return 2 + bytes(m.object()) + (m.computed() ? 6 + bytes(m.property()) : name(((Identifier) m.property()).name()));
        }
        if (n instanceof PrivateMemberExpression m) return 16 + bytes(m.object());
        if (n instanceof SuperMemberExpression s) return 20 + (s.computed() ? bytes(s.property()) : 3);
        if (n instanceof SuperCall s) return 40 + arguments(s.arguments()) + 8 * s.arguments().size();
        if (n instanceof ChainExpression c) return 12 + bytes(c.expression());
        if (n instanceof SequenceExpression s) return s.expressions().size() + bytes(s.expressions());
        if (n instanceof SpreadElement s) return 12 + bytes(s.argument());
        if (n instanceof YieldExpression y) return 24 + bytes(y.argument());
        if (n instanceof AwaitExpression a) return 24 + bytes(a.argument());
        if (n instanceof ImportExpression i) return 16 + bytes(i.source()) + bytes(i.options());
        if (n instanceof MetaProperty) return 4;
        if (n instanceof Pattern p) return pattern(p);
        return 16;
    }

    /** A condition: a comparison leaves a JVM boolean, with a branch or two more than a value. */
    private int condition(Expression e) {
        return e == null ? 0 : 2 + bytes(e);
    }

    /** A function literal where it is evaluated: its dynamic constant and a closure over the environment. */
    private int function(FunctionNode f) {
        functionLiterals++;
        return 10;
    }

    /** A class definition, without the methods, accessors and initializers that have methods of their own. */
    private int classSize(ClassNode c) {
        return 40 + bytes(c.superClass()) + bytes(c.body());
    }

    /** One element of a class body where the class is defined: its key, and its function or initializer. */
    private int classElement(ClassElement el) {
        if (el instanceof MethodDefinition m) return 24 + (m.computed() ? bytes(m.key()) : key(m.key())) + function(m.value());
        functionLiterals++;
        if (el instanceof PropertyDefinition p) return 24 + (p.computed() ? bytes(p.key()) : key(p.key())) + (p.value() == null ? 0 : 10);
        return 16;
    }

    private int key(Node key) {
        if (key instanceof Identifier id) return 4 + name(id.name());
        if (key instanceof StringLiteral s) return 4 + name(s.value());
        if (key instanceof PrivateIdentifier p) return 8 + name(p.name());
        return 8 + bytes(key);
    }

    /** A callee and its this value (a member callee's object is duplicated). */
    private int callee(Expression callee) {
        if (constants != null) constants.add(source.text().substring(callee.start(), Math.min(callee.end(), callee.start() + 60)));
        return bytes(callee) + 2;
    }

    /** Arguments: up to eight pass as values, more (or a spread) go through a list. */
    private int arguments(List<Expression> args) {
        int size = bytes(args);
        if (args.size() > 8 || args.stream().anyMatch(a -> a instanceof SpreadElement)) size += 12 + 6 * args.size();
        return size;
    }

    /** An assignment target: an identifier, a member (its object and key held in locals), or a pattern. */
    private int target(Node t) {
        if (t instanceof Identifier id) return binding(id);
        if (t instanceof VariableDeclaration vd) return 4 + pattern(vd.declarations().get(0).id());
        if (t instanceof Pattern p && !(t instanceof Expression)) return pattern(p);
        return 12 + bytes(t);
    }

    /** A binding or assignment pattern: destructuring compiles to a call per property or element. */
    private int pattern(Node p) {
        if (p == null) return 0;
        if (p instanceof Identifier id) return binding(id);
        if (p instanceof ObjectPattern op) {
            int size = 24;
            for (ObjectPatternMember m : op.properties()) {
                if (m instanceof PatternProperty pp) size += 28 + (pp.computed() ? bytes(pp.key()) : key(pp.key())) + pattern(pp.value());
                else if (m instanceof RestElement r) size += 20 + pattern(r.argument());
            }
            return size;
        }
        if (p instanceof ArrayPattern ap) {
            int size = 48;
            for (Pattern e : ap.elements()) size += 14 + pattern(e);
            return size;
        }
        if (p instanceof AssignmentPattern ap) return 14 + pattern(ap.left()) + bytes(ap.right());
        if (p instanceof RestElement r) return 14 + pattern(r.argument());
        return 12 + bytes(p);
    }
}
