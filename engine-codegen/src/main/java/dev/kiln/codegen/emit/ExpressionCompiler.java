package dev.kiln.codegen.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.codegen.scope.ApplyOfArguments;
import dev.kiln.codegen.scope.FunctionInfo;
import dev.kiln.codegen.scope.Reference;
import dev.kiln.codegen.scope.Scope;
import dev.kiln.codegen.scope.Variable;
import dev.kiln.codegen.types.ValueType;
import dev.kiln.parser.ast.*;
import java.util.List;
import org.objectweb.asm.Label;

/**
 * Compiles expressions (ECMA-262 13): each leaves exactly one JavaScript value (an Object) on
 * the operand stack. Property reads, writes and calls go through invokedynamic sites (inline
 * caches); operators with unknown operand types call into {@code Operators}.
 */
final class ExpressionCompiler {
    private static final String OBJECT_DESC = Code.OBJECT_DESC;
    private static final String BINARY = "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;";
    private static final String COMPARE = "(Ljava/lang/Object;Ljava/lang/Object;)Z";
    private static final String GET = "(Ljava/lang/Object;)Ljava/lang/Object;";
    private static final String SET = "(Ljava/lang/Object;Ljava/lang/Object;)V";
    private static final int MAX_FIXED_ARGUMENTS = 8;

    private final FunctionCompiler fc;
    private final Code code;

    ExpressionCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.code = fc.code;
    }

    // ====================================================================== entry points

    /** Compiles {@code e}, leaving its value (boxed: a JavaScript value). */
    void compile(Expression e, Scope scope) {
        if (fc.split != null && fc.split.expression(fc, e, scope)) return;
        ValueType t = fc.types.typeOf(e);
        if (t.isNumeric() && hasTypedForm(e)) {
            ValueType actual = emitTyped(e, scope, t);
            code.box(actual);
            return;
        }
        compileObject(e, scope);
    }

    /** Compiles {@code e} for its effects only: its value is discarded (and never boxed). */
    void compileForEffect(Expression e, Scope scope) {
        if (fc.split != null && fc.split.expression(fc, e, scope)) {
            code.pop();
            return;
        }
        ValueType t = fc.types.typeOf(e);
        if (t.isNumeric() && hasTypedForm(e)) {
            code.pop(emitTyped(e, scope, t));
            return;
        }
        compileObject(e, scope);
        code.pop();
    }

    /** Compiles {@code e} with its statically known boxed representation (no typed shortcut at the top). */
    private void compileObject(Expression e, Scope scope) {
        if (e instanceof Identifier id) {
            fc.loadIdentifier(id, false);
        } else if (e instanceof NumericLiteral n) {
            code.number(n.value());
        } else if (e instanceof StringLiteral s) {
            code.string(s.value(), fc.unit.constants);
        } else if (e instanceof BooleanLiteral b) {
            code.bool(b.value());
        } else if (e instanceof NullLiteral) {
            code.jsNull();
        } else if (e instanceof BigIntLiteral b) {
            code.ldc(new org.objectweb.asm.ConstantDynamic("bigint", OBJECT_DESC,
                    new org.objectweb.asm.Handle(H_INVOKESTATIC, Code.BOOTSTRAP, "bigint",
                            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Object;", false),
                    b.digits()));
        } else if (e instanceof RegExpLiteral r) {
            code.realm();
            code.string(r.pattern(), fc.unit.constants);
            code.ldc(r.flags());
            code.invokeStatic(Code.SUPPORT, "regExpLiteral", "(" + Code.REALM_DESC + "Ljava/lang/String;Ljava/lang/String;)Ljava/lang/Object;");
        } else if (e instanceof TemplateLiteral t) {
            template(t, scope);
        } else if (e instanceof TaggedTemplateExpression t) {
            taggedTemplate(t, scope);
        } else if (e instanceof ThisExpression) {
            fc.loadThis(scope);
        } else if (e instanceof ArrayExpression a) {
            arrayLiteral(a, scope);
        } else if (e instanceof ObjectExpression o) {
            objectLiteral(o, scope);
        } else if (e instanceof FunctionExpression f) {
            closure(f, scope);
        } else if (e instanceof ArrowFunctionExpression f) {
            closure(f, scope);
        } else if (e instanceof ClassExpression c) {
            classDefinition(c, scope);
        } else if (e instanceof UnaryExpression u) {
            unary(u, scope);
        } else if (e instanceof UpdateExpression u) {
            update(u, scope);
        } else if (e instanceof BinaryExpression b) {
            binary(b, scope);
        } else if (e instanceof PrivateInExpression p) {
            compile(p.right(), scope);
            loadPrivateName(p.name(), scope);
            code.invokeStatic("dev/kiln/runtime/ops/PrivateElements", "has", "(Ljava/lang/Object;Ldev/kiln/runtime/value/PrivateName;)Z");
            code.boxBoolean();
        } else if (e instanceof LogicalExpression l) {
            logical(l, scope);
        } else if (e instanceof AssignmentExpression a) {
            assignment(a, scope);
        } else if (e instanceof ConditionalExpression c) {
            Label otherwise = new Label(), end = new Label();
            compileCondition(c.test(), scope);
            code.ifFalse(otherwise);
            compile(c.consequent(), scope);
            code.jump(end);
            code.label(otherwise);
            compile(c.alternate(), scope);
            code.label(end);
        } else if (e instanceof CallExpression c) {
            call(c, scope, null);
        } else if (e instanceof NewExpression n) {
            construct(n, scope);
        } else if (e instanceof MemberExpression m) {
            member(m, scope, null);
        } else if (e instanceof PrivateMemberExpression m) {
            compile(m.object(), scope);
            privateGet(m, scope);
        } else if (e instanceof SuperMemberExpression s) {
            superGet(s, scope);
        } else if (e instanceof SuperCall s) {
            superCall(s, scope);
        } else if (e instanceof ChainExpression c) {
            Label nullish = new Label(), end = new Label();
            chainElement(c.expression(), scope, nullish);
            code.jump(end);
            code.label(nullish);
            code.undefined();
            code.label(end);
        } else if (e instanceof SequenceExpression s) {
            List<Expression> list = s.expressions();
            for (int i = 0; i < list.size(); i++) {
                compile(list.get(i), scope);
                if (i < list.size() - 1) code.pop();
            }
        } else if (e instanceof MetaProperty m && m.kind() == MetaPropertyKind.NEW_TARGET) {
            fc.loadNewTarget(scope);
        } else {
            throw new UnsupportedOperationException(e.getClass().getSimpleName() + " is not supported yet");
        }
    }

    /** Compiles {@code e} with NamedEvaluation: an anonymous function or class gets {@code name}. */
    void compileNamed(Expression e, String name, Scope scope) {
        if (e instanceof FunctionExpression f && f.id() == null) {
            closure(f, scope, name);
        } else if (e instanceof ArrowFunctionExpression f) {
            closure(f, scope, name);
        } else if (e instanceof ClassExpression c && c.id() == null) {
            fc.unit.classes(fc).compile(c, scope, name);
        } else {
            compile(e, scope);
        }
    }

    /**
     * NamedEvaluation with a name known only at run time: the property key or Private Name in
     * local {@code nameLocal}. A function cannot run before it is named, so it is named after it
     * is made; a class is named before its static elements run, as 15.7.14 requires.
     */
    void compileNamed(Expression e, int nameLocal, Scope scope) {
        if (e instanceof ClassExpression c && c.id() == null) {
            fc.unit.classes(fc).compile(c, scope, nameLocal);
        } else if (isAnonymousFunctionDefinition(e)) {
            compile(e, scope);
            code.dup();
            code.load(nameLocal);
            code.ldc("");
            code.invokeStatic(Code.SUPPORT, "setFunctionName", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/String;)V");
        } else {
            compile(e, scope);
        }
    }

    /** Whether {@code e} is an anonymous function definition (8.4.3 IsAnonymousFunctionDefinition). */
    static boolean isAnonymousFunctionDefinition(Expression e) {
        return (e instanceof FunctionExpression f && f.id() == null) || e instanceof ArrowFunctionExpression
                || (e instanceof ClassExpression c && c.id() == null);
    }

    /** Compiles {@code e} as a condition, leaving a JVM boolean (ToBoolean of its value). */
    void compileCondition(Expression e, Scope scope) {
        if (fc.split != null && fc.split.expression(fc, e, scope)) {
            code.toBoolean();
            return;
        }
        if (e instanceof BinaryExpression b && isComparison(b.operator())
                && fc.types.typeOf(b.left()).isNumeric() && fc.types.typeOf(b.right()).isNumeric()) {
            compareTyped(b.operator(), b.left(), b.right(), scope);
            return;
        }
        if (e instanceof BinaryExpression b && isRelational(b.operator())
                && fc.types.typeOf(b.left()).isNumeric() != fc.types.typeOf(b.right()).isNumeric()) {
            compareOneTyped(b, scope);
            return;
        }
        if (e instanceof BinaryExpression b && nullComparison(b, scope)) return;
        if (e instanceof BinaryExpression b) {
            String op = switch (b.operator()) {
                case LT -> "lt";
                case GT -> "gt";
                case LE -> "le";
                case GE -> "ge";
                case STRICT_EQ, STRICT_NE -> "strictEquals";
                case EQ, NE -> "looseEquals";
                default -> null;
            };
            if (op != null) {
                compile(b.left(), scope);
                compile(b.right(), scope);
                code.invokeStatic(Code.OPERATORS, op, COMPARE);
                if (b.operator() == BinaryOperator.STRICT_NE || b.operator() == BinaryOperator.NE) {
                    code.iconst(1);
                    code.insn(IXOR);
                }
                return;
            }
        }
        if (e instanceof UnaryExpression u && u.operator() == UnaryOperator.NOT) {
            compileCondition(u.argument(), scope);
            code.iconst(1);
            code.insn(IXOR);
            return;
        }
        compile(e, scope);
        code.toBoolean();
    }


    // ====================================================================== unboxed numbers

    /** Whether {@code e} has a typed (unboxed) compilation of its own. */
    private boolean hasTypedForm(Expression e) {
        if (e instanceof NumericLiteral || e instanceof BinaryExpression || e instanceof ConditionalExpression
                || e instanceof SequenceExpression) {
            return true;
        }
        if (e instanceof UnaryExpression u) {
            return u.operator() == UnaryOperator.MINUS || u.operator() == UnaryOperator.PLUS
                    || u.operator() == UnaryOperator.BITWISE_NOT;
        }
        if (e instanceof Identifier id) return typedVariable(id) != null;
        if (e instanceof UpdateExpression u) return u.argument() instanceof Identifier id && typedVariable(id) != null;
        if (e instanceof AssignmentExpression a) {
            if (a.operator().logicalOperator() != null) return false;
            return a.left() instanceof Identifier id && typedVariable(id) != null
                    || a.left() instanceof MemberExpression m && m.computed();
        }
        return false;
    }

    /**
     * Whether evaluating {@code e} is unobservable and cannot throw: a typed expression built
     * only from literals and typed locals (which no closure, and so no valueOf or getter, can
     * see). An operator's conversion of its other operand may then run before {@code e}.
     */
    private boolean isPureTyped(Expression e) {
        if (!fc.types.typeOf(e).isNumeric()) return false;
        if (e instanceof NumericLiteral) return true;
        if (e instanceof Identifier id) return typedVariable(id) != null;
        if (e instanceof UnaryExpression u) {
            return (u.operator() == UnaryOperator.MINUS || u.operator() == UnaryOperator.PLUS
                    || u.operator() == UnaryOperator.BITWISE_NOT) && isPureTyped(u.argument());
        }
        if (e instanceof BinaryExpression b) return isPureTyped(b.left()) && isPureTyped(b.right());
        return false;
    }

    /**
     * Compiles {@code e}, of no numeric static type, as a double: ToNumeric of its value where a
     * Number is the other operand (a BigInt is the mixing TypeError). An element read
     * {@code a[i]} reads an int or double element without boxing it.
     */
    private void compileAsNumber(Expression e, Scope scope) {
        if (e instanceof MemberExpression m && m.computed()) {
            compile(m.object(), scope);
            code.realm();
            code.swap();
            ValueType kt = compileKey(m.property(), scope);
            code.invokeStatic(Code.REFERENCES, "getElementAsNumber", "(" + Code.REALM_DESC + OBJECT_DESC + kt.descriptor() + ")D");
            return;
        }
        compile(e, scope);
        code.invokeStatic(Code.OPERATORS, "toNumberOperand", "(Ljava/lang/Object;)D");
    }

    /** Compiles a computed member's key, unboxed (INT or NUMBER) when its type is numeric; returns how it is held. */
    private ValueType compileKey(Expression key, Scope scope) {
        ValueType t = fc.types.typeOf(key);
        if (t.isNumeric()) {
            compileTyped(key, scope, t);
            return t;
        }
        compile(key, scope);
        return ValueType.ANY;
    }

    /** The binding {@code id} names if it lives unboxed (and no with or eval stands in between), else null. */
    Variable typedVariable(Identifier id) {
        Reference r = fc.analysis.reference(id);
        Variable v = r.variable();
        if (v == null || v.storage() != Variable.Storage.LOCAL || !r.dynamicScopes().isEmpty()) return null;
        return fc.types.typeOf(v).isNumeric() ? v : null;
    }

    /** Compiles {@code e} (statically of a numeric type) leaving it held as {@code want} (INT or NUMBER). */
    void compileTyped(Expression e, Scope scope, ValueType want) {
        if (fc.split != null && fc.split.expression(fc, e, scope)) {
            code.convert(ValueType.ANY, want);
            return;
        }
        ValueType t = fc.types.typeOf(e);
        if (!t.isNumeric()) throw new IllegalStateException("not numeric: " + e);
        ValueType actual = hasTypedForm(e) ? emitTyped(e, scope, t) : unboxed(e, scope);
        code.convert(actual, want);
    }

    /** The boxed compilation of a numeric-typed expression, unboxed to a double. */
    private ValueType unboxed(Expression e, Scope scope) {
        compileObject(e, scope);
        code.convert(ValueType.ANY, ValueType.NUMBER);
        return ValueType.NUMBER;
    }

    /** Emits {@code e}'s value unboxed; returns how it is held (INT or NUMBER). */
    private ValueType emitTyped(Expression e, Scope scope, ValueType type) {
        if (e instanceof NumericLiteral n) {
            if (type == ValueType.INT) {
                code.iconst((int) n.value());
                return ValueType.INT;
            }
            code.ldc(n.value());
            return ValueType.NUMBER;
        }
        if (e instanceof Identifier id) {
            Variable v = typedVariable(id);
            fc.loadTyped(v);
            return fc.types.typeOf(v);
        }
        if (e instanceof UnaryExpression u) {
            switch (u.operator()) {
                case PLUS -> {
                    if (fc.types.typeOf(u.argument()).isNumeric()) {
                        compileTyped(u.argument(), scope, ValueType.NUMBER);
                    } else {
                        compile(u.argument(), scope);
                        code.invokeStatic(Code.CONVERSION, "toNumber", "(Ljava/lang/Object;)D");
                    }
                    return ValueType.NUMBER;
                }
                case MINUS -> {
                    compileTyped(u.argument(), scope, ValueType.NUMBER);
                    code.insn(DNEG);
                    return ValueType.NUMBER;
                }
                default -> { // ~
                    compileTyped(u.argument(), scope, ValueType.INT);
                    code.iconst(-1);
                    code.insn(IXOR);
                    return ValueType.INT;
                }
            }
        }
        if (e instanceof BinaryExpression b) return binaryTyped(b.operator(), b.left(), null, null, b.right(), scope, type);
        if (e instanceof ConditionalExpression c) {
            Label otherwise = new Label(), end = new Label();
            compileCondition(c.test(), scope);
            code.ifFalse(otherwise);
            compileTyped(c.consequent(), scope, type);
            code.jump(end);
            code.label(otherwise);
            compileTyped(c.alternate(), scope, type);
            code.label(end);
            return type;
        }
        if (e instanceof SequenceExpression s) {
            List<Expression> list = s.expressions();
            for (int i = 0; i < list.size() - 1; i++) {
                compile(list.get(i), scope);
                code.pop();
            }
            compileTyped(list.get(list.size() - 1), scope, type);
            return type;
        }
        if (e instanceof UpdateExpression u) {
            Variable v = typedVariable((Identifier) u.argument());
            ValueType vt = fc.types.typeOf(v);
            fc.loadTyped(v);
            code.convert(vt, ValueType.NUMBER);
            if (!u.prefix()) code.dup(ValueType.NUMBER);
            code.ldc(1.0);
            code.insn(u.increment() ? DADD : DSUB);
            if (u.prefix()) code.dup(ValueType.NUMBER);
            code.convert(ValueType.NUMBER, vt);
            fc.storeTyped(v);
            return ValueType.NUMBER;
        }
        if (e instanceof AssignmentExpression a && a.left() instanceof MemberExpression m && m.computed()) {
            Target t = new Target(m, scope);
            t.prepare();
            ValueType vt;
            if (a.operator() == AssignmentOperator.ASSIGN) {
                vt = fc.types.typeOf(a.right());
                compileTyped(a.right(), scope, vt);
            } else {
                vt = binaryTyped(a.operator().binaryOperator(), null, null, t, a.right(), scope, type);
            }
            code.dup(vt);
            t.storeTyped(vt);
            return vt;
        }
        if (e instanceof AssignmentExpression a) {
            Variable v = typedVariable((Identifier) a.left());
            ValueType vt = fc.types.typeOf(v);
            if (a.operator() == AssignmentOperator.ASSIGN) {
                compileTyped(a.right(), scope, vt);
            } else {
                ValueType result = binaryTyped(a.operator().binaryOperator(), null, v, null, a.right(), scope,
                        fc.types.typeOf(a));
                code.convert(result, vt);
            }
            code.dup(vt);
            fc.storeTyped(v);
            return vt;
        }
        return unboxed(e, scope);
    }

    /**
     * A numeric binary operation. The left operand is {@code left}, or (for compound assignment)
     * the typed binding {@code leftVar} or the element reference {@code leftTarget}. With both
     * operands typed it is one JVM instruction. An operand of no numeric type is converted by
     * ToNumeric right where it is evaluated when that is unobservable (the other operand is a
     * typed value already computed, or one whose evaluation has no effect) — the operation stays
     * unboxed; otherwise the boxed operator runs and its (known numeric) result is unboxed.
     */
    private ValueType binaryTyped(BinaryOperator op, Expression left, Variable leftVar, Target leftTarget, Expression right,
                                  Scope scope, ValueType type) {
        ValueType lt = left != null ? fc.types.typeOf(left) : leftVar != null ? fc.types.typeOf(leftVar) : ValueType.ANY;
        ValueType rt = fc.types.typeOf(right);
        boolean leftNumber = lt.isNumeric() || isPureTyped(right);
        boolean rightNumber = rt.isNumeric() || lt.isNumeric();
        if (!leftNumber || !rightNumber) {
            if (left != null) compile(left, scope);
            else if (leftVar != null) {
                fc.loadTyped(leftVar);
                code.box(fc.types.typeOf(leftVar));
            } else {
                leftTarget.load();
            }
            compile(right, scope);
            code.invokeStatic(Code.OPERATORS, operatorMethod(op), BINARY);
            code.convert(ValueType.ANY, type);
            return type;
        }
        ValueType operands = type == ValueType.INT || op == BinaryOperator.USHR ? ValueType.INT : ValueType.NUMBER;
        if (leftVar != null) {
            fc.loadTyped(leftVar);
            code.convert(fc.types.typeOf(leftVar), operands);
        } else if (leftTarget != null) {
            leftTarget.loadAsNumber();
            code.convert(ValueType.NUMBER, operands);
        } else if (lt.isNumeric()) {
            compileTyped(left, scope, operands);
        } else {
            compileAsNumber(left, scope);
            code.convert(ValueType.NUMBER, operands);
        }
        if (op == BinaryOperator.USHR) {
            code.insn(I2L);
            code.ldc(0xFFFFFFFFL);
            code.insn(LAND);
        }
        if (rt.isNumeric()) {
            compileTyped(right, scope, operands);
        } else {
            compileAsNumber(right, scope);
            code.convert(ValueType.NUMBER, operands);
        }
        switch (op) {
            case ADD -> code.insn(DADD);
            case SUB -> code.insn(DSUB);
            case MUL -> code.insn(DMUL);
            case DIV -> code.insn(DDIV);
            case MOD -> code.insn(DREM);
            case EXP -> code.invokeStatic("java/lang/Math", "pow", "(DD)D");
            case BIT_AND -> code.insn(IAND);
            case BIT_OR -> code.insn(IOR);
            case BIT_XOR -> code.insn(IXOR);
            case SHL -> code.insn(ISHL);
            case SHR -> code.insn(ISHR);
            case USHR -> {
                code.iconst(31);
                code.insn(IAND);
                code.insn(LUSHR);
                code.insn(L2D);
                return ValueType.NUMBER;
            }
            default -> throw new IllegalStateException(op.toString());
        }
        return operands;
    }

    private static String operatorMethod(BinaryOperator op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case DIV -> "div";
            case MOD -> "mod";
            case EXP -> "exp";
            case BIT_AND -> "bitAnd";
            case BIT_OR -> "bitOr";
            case BIT_XOR -> "bitXor";
            case SHL -> "shl";
            case SHR -> "shr";
            case USHR -> "ushr";
            default -> throw new IllegalStateException(op.toString());
        };
    }

    /**
     * A comparison of two typed operands as a JVM boolean. dcmpg/dcmpl are chosen so that a NaN
     * operand makes every comparison but != false (7.2.13 IsLessThan returns undefined).
     */
    private void compareTyped(BinaryOperator op, Expression left, Expression right, Scope scope) {
        boolean ints = fc.types.typeOf(left) == ValueType.INT && fc.types.typeOf(right) == ValueType.INT;
        ValueType t = ints ? ValueType.INT : ValueType.NUMBER;
        compileTyped(left, scope, t);
        compileTyped(right, scope, t);
        Label yes = new Label(), end = new Label();
        if (ints) {
            code.mv.visitJumpInsn(switch (op) {
                case LT -> IF_ICMPLT;
                case LE -> IF_ICMPLE;
                case GT -> IF_ICMPGT;
                case GE -> IF_ICMPGE;
                case EQ, STRICT_EQ -> IF_ICMPEQ;
                default -> IF_ICMPNE;
            }, yes);
        } else {
            code.insn(op == BinaryOperator.LT || op == BinaryOperator.LE ? DCMPG : DCMPL);
            code.mv.visitJumpInsn(switch (op) {
                case LT -> IFLT;
                case LE -> IFLE;
                case GT -> IFGT;
                case GE -> IFGE;
                case EQ, STRICT_EQ -> IFEQ;
                default -> IFNE;
            }, yes);
        }
        code.iconst(0);
        code.jump(end);
        code.label(yes);
        code.iconst(1);
        code.label(end);
    }

    /** {@code i < n} with one operand typed (an unboxed Number) and the other not: the typed one stays unboxed. */
    private void compareOneTyped(BinaryExpression b, Scope scope) {
        boolean leftTyped = fc.types.typeOf(b.left()).isNumeric();
        if (leftTyped) {
            compileTyped(b.left(), scope, ValueType.NUMBER);
            compile(b.right(), scope);
        } else {
            compile(b.left(), scope);
            compileTyped(b.right(), scope, ValueType.NUMBER);
        }
        String op = switch (b.operator()) {
            case LT -> "lt";
            case GT -> "gt";
            case LE -> "le";
            default -> "ge";
        };
        code.invokeStatic(Code.OPERATORS, op, leftTyped ? "(DLjava/lang/Object;)Z" : "(Ljava/lang/Object;D)Z");
    }

    private static boolean isRelational(BinaryOperator op) {
        return op == BinaryOperator.LT || op == BinaryOperator.LE || op == BinaryOperator.GT || op == BinaryOperator.GE;
    }

    private static boolean isComparison(BinaryOperator op) {
        return switch (op) {
            case LT, LE, GT, GE, EQ, NE, STRICT_EQ, STRICT_NE -> true;
            default -> false;
        };
    }

    /**
     * {@code x == null}, {@code x != null}, {@code x === null/undefined} and the like, without a call:
     * loose equality with null holds exactly for undefined, null and [[IsHTMLDDA]] objects.
     */
    private boolean nullComparison(BinaryExpression b, Scope scope) {
        BinaryOperator op = b.operator();
        if (!(op == BinaryOperator.EQ || op == BinaryOperator.NE || op == BinaryOperator.STRICT_EQ || op == BinaryOperator.STRICT_NE)) {
            return false;
        }
        Expression other;
        Expression constant;
        if (isNullOrUndefined(b.right())) {
            other = b.left();
            constant = b.right();
        } else if (isNullOrUndefined(b.left())) {
            other = b.right();
            constant = b.left();
        } else {
            return false;
        }
        boolean negate = op == BinaryOperator.NE || op == BinaryOperator.STRICT_NE;
        compile(other, scope);
        if (op == BinaryOperator.EQ || op == BinaryOperator.NE) {
            code.invokeStatic("dev/kiln/runtime/value/Types", "isLooselyNull", "(Ljava/lang/Object;)Z");
        } else {
            if (constant instanceof NullLiteral) code.jsNull();
            else code.undefined();
            Label yes = new Label(), end = new Label();
            code.mv.visitJumpInsn(IF_ACMPEQ, yes);
            code.iconst(0);
            code.jump(end);
            code.label(yes);
            code.iconst(1);
            code.label(end);
        }
        if (negate) {
            code.iconst(1);
            code.insn(IXOR);
        }
        return true;
    }

    /** {@code null}, or {@code undefined} / {@code void 0} where undefined is surely the global's. */
    private boolean isNullOrUndefined(Expression e) {
        if (e instanceof NullLiteral) return true;
        if (e instanceof UnaryExpression u && u.operator() == UnaryOperator.VOID && u.argument() instanceof NumericLiteral) return true;
        return false;
    }

    // ====================================================================== functions

    /** A closure of function literal {@code f} over the current environment. */
    void closure(FunctionNode f, Scope scope) {
        closure(f, scope, f.id() != null ? f.id().name() : "");
    }

    /** A closure of {@code f} (a function literal, or a field initializer or static block) named {@code name}. */
    void closure(Node f, Scope scope, String name) {
        code.ldc(fc.unit.functionData(f, name));
        code.load(fc.envLocal);
        code.invokeStatic(Code.SUPPORT, "closure", "(L" + Code.FUNCTION_DATA + ";[Ljava/lang/Object;)L" + Code.SCRIPT_FUNCTION + ";");
    }

    void classDefinition(ClassNode c, Scope scope) {
        fc.unit.classes(fc).compile(c, scope, c.id() != null ? c.id().name() : "");
    }

    // ====================================================================== literals

    private void template(TemplateLiteral t, Scope scope) {
        code.string(t.quasis().get(0).cooked(), fc.unit.constants);
        for (int i = 0; i < t.expressions().size(); i++) templatePart(t, i, scope);
    }

    /** The text so far -> the text with substitution {@code i} and the string after it. */
    void templatePart(TemplateLiteral t, int i, Scope scope) {
        compile(t.expressions().get(i), scope);
        code.invokeStatic(Code.CONVERSION, "toString", "(Ljava/lang/Object;)Ljava/lang/String;");
        code.invokeStatic(Code.OPERATORS, "concat", "(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/CharSequence;");
        String cooked = t.quasis().get(i + 1).cooked();
        if (!cooked.isEmpty()) {
            code.string(cooked, fc.unit.constants);
            code.invokeStatic(Code.OPERATORS, "concat", "(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/CharSequence;");
        }
    }

    private void taggedTemplate(TaggedTemplateExpression t, Scope scope) {
        pushCalleeAndThis(t.tag(), scope);
        List<Expression> values = t.quasi().expressions();
        code.ldc(fc.unit.templateObject(t.quasi()));
        int n = values.size() + 1;
        if (n <= MAX_FIXED_ARGUMENTS) {
            for (Expression v : values) compile(v, scope);
            invokeCall(n, describe(t.tag()));
        } else {
            int array = code.newLocal();
            code.newObjectArray(n);
            code.store(array);
            code.load(array);
            code.swap();
            code.iconst(0);
            code.swap();
            code.arrayStore();
            for (int i = 0; i < values.size(); i++) {
                code.load(array);
                code.iconst(i + 1);
                compile(values.get(i), scope);
                code.arrayStore();
            }
            code.load(array);
            code.invokeDynamic("call", "(Ljava/lang/Object;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;",
                    Code.BSM_CALL, describe(t.tag()));
        }
    }

    private void arrayLiteral(ArrayExpression a, Scope scope) {
        boolean spread = false;
        for (Expression x : a.elements()) if (x instanceof SpreadElement) spread = true;
        if (!spread) {
            code.realm();
            code.newObjectArray(a.elements().size());
            for (int i = 0; i < a.elements().size(); i++) {
                Expression x = a.elements().get(i);
                if (x == null) continue; // a hole stays null
                code.dup();
                code.iconst(i);
                compile(x, scope);
                code.arrayStore();
            }
            code.invokeStatic(Code.SUPPORT, "arrayLiteral", "(" + Code.REALM_DESC + "[Ljava/lang/Object;)Ldev/kiln/runtime/object/ArrayObject;");
            return;
        }
        listOf(a.elements(), scope);
        code.realm();
        code.swap();
        code.invokeStatic(Code.SUPPORT, "arrayFromList", "(" + Code.REALM_DESC + "Ljava/util/ArrayList;)Ldev/kiln/runtime/object/ArrayObject;");
    }

    /** Leaves a java.util.ArrayList of the values of {@code elements}, spreading spread elements (holes are null). */
    void listOf(List<Expression> elements, Scope scope) {
        if (fc.split != null && fc.split.list(fc, elements, scope)) return;
        code.mv.visitTypeInsn(NEW, "java/util/ArrayList");
        code.dup();
        code.mv.visitMethodInsn(INVOKESPECIAL, "java/util/ArrayList", "<init>", "()V", false);
        for (Expression x : elements) {
            code.dup();
            listElement(x, scope);
        }
    }

    /** list -> (the value of {@code x} added, or its values spread into it). */
    void listElement(Expression x, Scope scope) {
        if (x instanceof SpreadElement s) {
            code.realm();
            compile(s.argument(), scope);
            code.invokeStatic(Code.SUPPORT, "spreadInto", "(Ljava/util/ArrayList;" + Code.REALM_DESC + "Ljava/lang/Object;)V");
        } else {
            if (x == null) code.aconstNull();
            else compile(x, scope);
            code.mv.visitMethodInsn(INVOKEVIRTUAL, "java/util/ArrayList", "add", "(Ljava/lang/Object;)Z", false);
            code.pop();
        }
    }

    private void objectLiteral(ObjectExpression o, Scope scope) {
        code.realm();
        code.invokeStatic(Code.SUPPORT, "newObject", "(" + Code.REALM_DESC + ")L" + Code.JS_OBJECT + ";");
        for (ObjectMember m : o.properties()) objectMember(m, scope);
    }

    /** object -> object, with member {@code m} of an object literal defined on it (13.2.5.5). */
    void objectMember(ObjectMember m, Scope scope) {
        code.dup();
        if (m instanceof SpreadElement s) {
            code.realm();
            code.swap();
            compile(s.argument(), scope);
            code.invokeStatic(Code.SUPPORT, "copyDataProperties", "(" + Code.REALM_DESC + "L" + Code.JS_OBJECT + ";Ljava/lang/Object;)V");
            return;
        }
        Property p = (Property) m;
        if (p.protoSetter()) {
            compile(p.value(), scope);
            code.invokeStatic(Code.SUPPORT, "setLiteralPrototype", "(L" + Code.JS_OBJECT + ";Ljava/lang/Object;)V");
            return;
        }
        String staticName = propertyKey(p.key(), p.computed(), scope);
        if (p.kind() == PropertyKind.INIT && !p.method()) {
            if (staticName != null) compileNamed(p.value(), staticName, scope);
            else if (isAnonymousFunctionDefinition(p.value())) {
                int key = code.newLocal();
                code.store(key);
                code.load(key);
                compileNamed(p.value(), key, scope);
            } else {
                compile(p.value(), scope);
            }
            code.invokeStatic(Code.SUPPORT, "defineDataProperty", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)V");
        } else {
            String prefix = p.kind() == PropertyKind.GET ? "get" : p.kind() == PropertyKind.SET ? "set" : "";
            FunctionExpression fn = (FunctionExpression) p.value();
            if (staticName != null) closure(fn, scope, prefix.isEmpty() ? staticName : prefix + " " + staticName);
            else closure(fn, scope, "");
            code.iconst(p.kind() == PropertyKind.GET ? 1 : p.kind() == PropertyKind.SET ? 2 : 0);
            code.iconst(1); // enumerable, as in object literals
            code.iconst(staticName == null ? 1 : 0);
            code.invokeStatic(Code.SUPPORT, "defineMethod", "(Ljava/lang/Object;Ljava/lang/Object;L" + Code.SCRIPT_FUNCTION + ";IZZ)V");
        }
    }

    /**
     * Pushes a property key (canonical, already ToPropertyKey'd) and returns its name when it is
     * known statically (for function names), or null for a computed key.
     */
    String propertyKey(Node key, boolean computed, Scope scope) {
        if (!computed) {
            String name = propertyName(key);
            Object canonical = dev.kiln.runtime.object.PropertyKey.fromString(name);
            if (canonical instanceof Integer i) {
                code.iconst(i);
                code.invokeStatic("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;");
            } else {
                code.string(name, fc.unit.constants);
            }
            return name;
        }
        compile((Expression) key, scope);
        code.invokeStatic(Code.OPERATORS, "toPropertyKey", "(Ljava/lang/Object;)Ljava/lang/Object;");
        return null;
    }

    /** The property name of a literal (non-computed) key. */
    static String propertyName(Node key) {
        if (key instanceof Identifier id) return id.name();
        if (key instanceof StringLiteral s) return s.value();
        if (key instanceof NumericLiteral n) return dev.kiln.runtime.ops.NumberToString.toString(n.value());
        if (key instanceof BigIntLiteral b) return b.digits();
        throw new IllegalStateException("key " + key);
    }

    // ====================================================================== operators

    private void unary(UnaryExpression u, Scope scope) {
        switch (u.operator()) {
            case TYPEOF -> {
                if (u.argument() instanceof Identifier id) fc.loadIdentifier(id, true);
                else compile(u.argument(), scope);
                code.invokeStatic(Code.OPERATORS, "typeof", GET);
            }
            case DELETE -> delete(u.argument(), scope);
            case VOID -> {
                compile(u.argument(), scope);
                code.pop();
                code.undefined();
            }
            case NOT -> {
                compileCondition(u.argument(), scope);
                code.iconst(1);
                code.insn(IXOR);
                code.boxBoolean();
            }
            case MINUS -> {
                if (u.argument() instanceof NumericLiteral n) {
                    code.number(-n.value());
                } else {
                    compile(u.argument(), scope);
                    code.invokeStatic(Code.OPERATORS, "neg", GET);
                }
            }
            case PLUS -> {
                compile(u.argument(), scope);
                code.invokeStatic(Code.OPERATORS, "plus", GET);
            }
            case BITWISE_NOT -> {
                compile(u.argument(), scope);
                code.invokeStatic(Code.OPERATORS, "bitNot", GET);
            }
        }
    }

    /** 13.5.1.2 the delete operator. */
    private void delete(Expression target, Scope scope) {
        if (target instanceof MemberExpression m) {
            code.realm();
            compile(m.object(), scope);
            if (m.computed()) compile(m.property(), scope);
            else code.string(((Identifier) m.property()).name(), fc.unit.constants);
            code.iconst(fc.strict ? 1 : 0);
            code.invokeStatic(Code.REFERENCES, "delete", "(" + Code.REALM_DESC + "Ljava/lang/Object;Ljava/lang/Object;Z)Z");
            code.boxBoolean();
        } else if (target instanceof Identifier id) {
            deleteIdentifier(id, scope);
        } else if (target instanceof SuperMemberExpression s) {
            // 13.5.1.2 step 4: a super reference is a ReferenceError (after evaluating the key).
            if (s.computed()) {
                compile(s.property(), scope);
                code.pop();
            }
            code.ldc("Unsupported reference to 'super'");
            code.invokeStatic(Code.JS_EXCEPTION, "referenceError", "(Ljava/lang/String;)L" + Code.JS_EXCEPTION + ";");
            code.athrow();
        } else if (target instanceof ChainExpression c) {
            Label nullish = new Label(), end = new Label();
            if (c.expression() instanceof MemberExpression m) {
                code.realm();
                chainElement(m.object(), scope, nullish, m.optional());
                if (m.computed()) compile(m.property(), scope);
                else code.string(((Identifier) m.property()).name(), fc.unit.constants);
                code.iconst(fc.strict ? 1 : 0);
                code.invokeStatic(Code.REFERENCES, "delete", "(" + Code.REALM_DESC + "Ljava/lang/Object;Ljava/lang/Object;Z)Z");
                code.boxBoolean();
                code.jump(end);
                code.label(nullish);
                code.pop(); // the realm pushed for delete
                code.bool(true);
                code.label(end);
            } else {
                compile(c, scope);
                code.pop();
                code.bool(true);
            }
        } else {
            compile(target, scope);
            code.pop();
            code.bool(true);
        }
    }

    /** delete of a name (sloppy code only): removes eval-made or with-object bindings and global properties. */
    private void deleteIdentifier(Identifier id, Scope scope) {
        Reference r = fc.analysis.reference(id);
        Label done = new Label();
        for (Scope dyn : r.dynamicScopes()) {
            Label next = new Label();
            if (dyn.kind() == Scope.Kind.WITH) {
                loadWith(r, dyn);
                code.ldc(id.name());
                code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "withHas", "(Ljava/lang/Object;Ljava/lang/String;)Z");
                code.ifFalse(next);
                code.realm();
                loadWith(r, dyn);
                code.ldc(id.name());
                code.iconst(0);
                code.invokeStatic(Code.REFERENCES, "delete", "(" + Code.REALM_DESC + "Ljava/lang/Object;Ljava/lang/Object;Z)Z");
                code.boxBoolean();
                code.jump(done);
            } else {
                fc.loadEnv(r.from(), dyn);
                code.iconst(dyn.dynamicVarsIndex());
                code.ldc(id.name());
                code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "evalVarDelete", "([Ljava/lang/Object;ILjava/lang/String;)Z");
                code.ifFalse(next);
                code.bool(true);
                code.jump(done);
            }
            code.label(next);
        }
        Variable v = r.variable();
        if (v == null || (v.storage() == Variable.Storage.GLOBAL && !v.kind().isLexical())) {
            code.realm();
            code.ldc(id.name());
            code.invokeStatic(Code.SUPPORT, "deleteGlobal", "(" + Code.REALM_DESC + "Ljava/lang/String;)Z");
            code.boxBoolean();
        } else {
            code.bool(false);
        }
        code.label(done);
    }

    private void loadWith(Reference r, Scope withScope) {
        Variable w = withScope.lookupOwn("%with");
        fc.loadVariable(r.from(), w);
    }

    private void binary(BinaryExpression b, Scope scope) {
        String op = switch (b.operator()) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case DIV -> "div";
            case MOD -> "mod";
            case EXP -> "exp";
            case BIT_AND -> "bitAnd";
            case BIT_OR -> "bitOr";
            case BIT_XOR -> "bitXor";
            case SHL -> "shl";
            case SHR -> "shr";
            case USHR -> "ushr";
            default -> null;
        };
        if (op != null) {
            compile(b.left(), scope);
            compile(b.right(), scope);
            code.invokeStatic(Code.OPERATORS, op, BINARY);
            return;
        }
        switch (b.operator()) {
            case IN -> {
                compile(b.left(), scope);
                compile(b.right(), scope);
                code.invokeStatic(Code.OPERATORS, "in", COMPARE);
                code.boxBoolean();
            }
            case INSTANCEOF -> {
                compile(b.left(), scope);
                compile(b.right(), scope);
                code.invokeStatic(Code.OPERATORS, "instanceOf", COMPARE);
                code.boxBoolean();
            }
            default -> {
                compileCondition(b, scope);
                code.boxBoolean();
            }
        }
    }

    private void logical(LogicalExpression l, Scope scope) {
        compile(l.left(), scope);
        applyOperator(l, scope);
    }

    /**
     * left -> left op right: one link of a chain of binary or logical operators, its left operand
     * evaluated already (a split function applies a long chain link by link, see Splitter).
     */
    void applyOperator(Expression link, Scope scope) {
        if (link instanceof BinaryExpression b) {
            compile(b.right(), scope);
            String compare = switch (b.operator()) {
                case LT -> "lt";
                case GT -> "gt";
                case LE -> "le";
                case GE -> "ge";
                case STRICT_EQ, STRICT_NE -> "strictEquals";
                case EQ, NE -> "looseEquals";
                case IN -> "in";
                case INSTANCEOF -> "instanceOf";
                default -> null;
            };
            if (compare == null) {
                code.invokeStatic(Code.OPERATORS, operatorMethod(b.operator()), BINARY);
                return;
            }
            code.invokeStatic(Code.OPERATORS, compare, COMPARE);
            if (b.operator() == BinaryOperator.STRICT_NE || b.operator() == BinaryOperator.NE) {
                code.iconst(1);
                code.insn(IXOR);
            }
            code.boxBoolean();
            return;
        }
        LogicalExpression l = (LogicalExpression) link;
        Label end = new Label();
        code.dup();
        switch (l.operator()) {
            case AND -> {
                code.toBoolean();
                code.ifFalse(end);
            }
            case OR -> {
                code.toBoolean();
                code.ifTrue(end);
            }
            case NULLISH -> {
                code.invokeStatic("dev/kiln/runtime/value/Types", "isNullish", "(Ljava/lang/Object;)Z");
                code.ifFalse(end);
            }
        }
        code.pop();
        compile(l.right(), scope);
        code.label(end);
    }

    // ====================================================================== references

    /**
     * An assignment target evaluated once: {@link #prepare} evaluates its base and key (leaving
     * nothing on the stack; they go to locals), then {@link #load} and {@link #store} use them.
     */
    final class Target {
        private final Expression node;
        private final Scope scope;
        private int base = -1, key = -1;
        /** How a computed member's key is held: INT or NUMBER when its type is numeric, else ANY. */
        private ValueType keyType = ValueType.ANY;
        /** For an identifier that passes dynamic scopes: the local saying where it resolved. */
        private int resolved = -1;

        Target(Expression node, Scope scope) {
            this.node = node;
            this.scope = scope;
        }

        void prepare() {
            if (node instanceof Identifier id) {
                resolved = fc.resolveDynamic(id);
            } else if (node instanceof MemberExpression m) {
                compile(m.object(), scope);
                base = code.newLocal();
                code.store(base);
                if (m.computed()) {
                    keyType = compileKey(m.property(), scope);
                    key = code.newLocal(keyType);
                    code.store(key, keyType);
                }
            } else if (node instanceof PrivateMemberExpression m) {
                compile(m.object(), scope);
                base = code.newLocal();
                code.store(base);
            } else if (node instanceof SuperMemberExpression s) {
                fc.loadThis(scope);
                base = code.newLocal();
                code.store(base);
                if (s.computed()) {
                    compile(s.property(), scope);
                    code.invokeStatic(Code.OPERATORS, "toPropertyKey", GET);
                    key = code.newLocal();
                    code.store(key);
                }
            } else if (node instanceof CallExpression c) {
                // Annex B: a call as an assignment target is a ReferenceError after the call runs.
                compile(c, scope);
                code.pop();
                code.invokeStatic(Code.SUPPORT, "invalidAssignmentTarget", "()L" + Code.JS_EXCEPTION + ";");
                code.athrow();
            }
        }

        void load() {
            if (node instanceof Identifier id) {
                fc.loadResolved(id, resolved);
            } else if (node instanceof MemberExpression m) {
                if (m.computed()) {
                    keyToPropertyKey();
                    code.realm();
                    code.load(base);
                    code.load(key, keyType);
                    code.invokeStatic(Code.REFERENCES, "getElement", "(" + Code.REALM_DESC + OBJECT_DESC + keyType.descriptor() + ")" + OBJECT_DESC);
                } else {
                    code.load(base);
                    code.invokeDynamic("get", GET, Code.BSM_GET_PROPERTY, ((Identifier) m.property()).name());
                }
            } else if (node instanceof PrivateMemberExpression m) {
                code.load(base);
                privateGet(m, scope);
            } else if (node instanceof SuperMemberExpression s) {
                superGetWith(s, scope, base, key);
            }
        }

        /** value -> (stored). */
        void store() {
            if (node instanceof Identifier id) {
                fc.storeResolved(id, resolved);
            } else if (node instanceof MemberExpression m) {
                if (m.computed()) {
                    storeTyped(ValueType.ANY);
                } else {
                    code.load(base);
                    code.swap();
                    code.invokeDynamic("set", SET, Code.BSM_SET_PROPERTY, ((Identifier) m.property()).name(), fc.strict ? 1 : 0);
                }
            } else if (node instanceof PrivateMemberExpression m) {
                int value = code.newLocal();
                code.store(value);
                code.load(base);
                loadPrivateName(m.property(), scope);
                code.load(value);
                code.invokeStatic("dev/kiln/runtime/ops/PrivateElements", "set", "(Ljava/lang/Object;Ldev/kiln/runtime/value/PrivateName;Ljava/lang/Object;)V");
            } else if (node instanceof SuperMemberExpression s) {
                int value = code.newLocal();
                code.store(value);
                fc.loadSuperFunction(scope);
                code.load(base);
                if (s.computed()) code.load(key);
                else code.ldc(((Identifier) s.property()).name());
                code.load(value);
                code.iconst(fc.strict ? 1 : 0);
                code.invokeStatic(Code.SUPPORT, "superSet", "(L" + Code.SCRIPT_FUNCTION + ";Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Z)V");
            }
        }

        /**
         * GetValue of a computed member converts its key once and keeps the property key for the
         * PutValue that follows (6.2.5.5 step 3.a), so a key's toString runs once.
         */
        private void keyToPropertyKey() {
            if (keyType != ValueType.ANY) return;
            code.realm();
            code.load(base);
            code.load(key);
            code.invokeStatic(Code.REFERENCES, "referencedPropertyKey", "(" + Code.REALM_DESC + OBJECT_DESC + OBJECT_DESC + ")" + OBJECT_DESC);
            code.store(key);
        }

        /** For a computed member: GetValue as a number, for a numeric operator ({@link #compileAsNumber}). */
        void loadAsNumber() {
            keyToPropertyKey();
            code.realm();
            code.load(base);
            code.load(key, keyType);
            code.invokeStatic(Code.REFERENCES, "getElementAsNumber", "(" + Code.REALM_DESC + OBJECT_DESC + keyType.descriptor() + ")D");
        }

        /** For a computed member: value (held as {@code valueType}: ANY, or INT or NUMBER unboxed) -> (stored). */
        void storeTyped(ValueType valueType) {
            int value = code.newLocal(valueType);
            code.store(value, valueType);
            code.realm();
            code.load(base);
            code.load(key, keyType);
            code.load(value, valueType);
            code.iconst(fc.strict ? 1 : 0);
            code.invokeStatic(Code.REFERENCES, "setElement",
                    "(" + Code.REALM_DESC + OBJECT_DESC + keyType.descriptor() + valueType.descriptor() + "Z)V");
        }
    }

    private void assignment(AssignmentExpression a, Scope scope) {
        Pattern left = a.left();
        if (a.operator() == AssignmentOperator.ASSIGN) {
            if (left instanceof ObjectPattern || left instanceof ArrayPattern) {
                compile(a.right(), scope);
                code.dup();
                fc.patterns.assign(left, scope);
                return;
            }
            Target t = new Target((Expression) left, scope);
            t.prepare();
            if (left instanceof Identifier id) compileNamed(a.right(), id.name(), scope);
            else compile(a.right(), scope);
            code.dup();
            t.store();
            return;
        }
        Target t = new Target((Expression) left, scope);
        t.prepare();
        if (a.operator().logicalOperator() != null) {
            Label skip = new Label(), end = new Label();
            t.load();
            code.dup();
            switch (a.operator().logicalOperator()) {
                case AND -> {
                    code.toBoolean();
                    code.ifFalse(end);
                }
                case OR -> {
                    code.toBoolean();
                    code.ifTrue(end);
                }
                case NULLISH -> {
                    code.invokeStatic("dev/kiln/runtime/value/Types", "isNullish", "(Ljava/lang/Object;)Z");
                    code.ifFalse(end);
                }
            }
            code.pop();
            if (left instanceof Identifier id) compileNamed(a.right(), id.name(), scope);
            else compile(a.right(), scope);
            code.dup();
            t.store();
            code.label(end);
            return;
        }
        t.load();
        compile(a.right(), scope);
        String op = switch (a.operator().binaryOperator()) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case DIV -> "div";
            case MOD -> "mod";
            case EXP -> "exp";
            case BIT_AND -> "bitAnd";
            case BIT_OR -> "bitOr";
            case BIT_XOR -> "bitXor";
            case SHL -> "shl";
            case SHR -> "shr";
            case USHR -> "ushr";
            default -> throw new IllegalStateException();
        };
        code.invokeStatic(Code.OPERATORS, op, BINARY);
        code.dup();
        t.store();
    }

    private void update(UpdateExpression u, Scope scope) {
        Target t = new Target((Expression) u.argument(), scope);
        t.prepare();
        t.load();
        String op = u.increment() ? "increment" : "decrement";
        if (u.prefix()) {
            code.invokeStatic(Code.OPERATORS, op, GET);
            code.dup();
            t.store();
        } else {
            code.invokeStatic(Code.OPERATORS, "toNumeric", GET);
            code.dup();
            code.invokeStatic(Code.OPERATORS, op, GET);
            t.store();
        }
    }

    // ====================================================================== members

    /** {@code object.name} or {@code object[key]}; with {@code nullish} set, part of an optional chain. */
    private void member(MemberExpression m, Scope scope, Label nullish) {
        if (nullish != null) chainElement(m.object(), scope, nullish, m.optional());
        else compile(m.object(), scope);
        getMember(m, scope);
    }

    /** object -> object[m.property] */
    private void getMember(MemberExpression m, Scope scope) {
        if (m.computed()) {
            code.realm();
            code.swap();
            ValueType kt = compileKey(m.property(), scope);
            code.invokeStatic(Code.REFERENCES, "getElement", "(" + Code.REALM_DESC + OBJECT_DESC + kt.descriptor() + ")" + OBJECT_DESC);
        } else {
            code.invokeDynamic("get", GET, Code.BSM_GET_PROPERTY, ((Identifier) m.property()).name());
        }
    }

    /** object -> object.#name */
    private void privateGet(PrivateMemberExpression m, Scope scope) {
        loadPrivateName(m.property(), scope);
        code.invokeStatic("dev/kiln/runtime/ops/PrivateElements", "get", "(Ljava/lang/Object;Ldev/kiln/runtime/value/PrivateName;)Ljava/lang/Object;");
    }

    void loadPrivateName(PrivateIdentifier p, Scope scope) {
        Reference r = fc.analysis.privateReference(p);
        fc.loadVariable(r.from(), r.variable());
        code.checkcast("dev/kiln/runtime/value/PrivateName");
    }

    private void superGet(SuperMemberExpression s, Scope scope) {
        fc.loadThis(scope);
        int thisValue = code.newLocal();
        code.store(thisValue);
        int key = -1;
        if (s.computed()) {
            compile(s.property(), scope);
            code.invokeStatic(Code.OPERATORS, "toPropertyKey", GET);
            key = code.newLocal();
            code.store(key);
        }
        superGetWith(s, scope, thisValue, key);
    }

    private void superGetWith(SuperMemberExpression s, Scope scope, int thisValue, int key) {
        fc.loadSuperFunction(scope);
        code.load(thisValue);
        if (s.computed()) code.load(key);
        else code.ldc(((Identifier) s.property()).name());
        code.invokeStatic(Code.SUPPORT, "superGet", "(L" + Code.SCRIPT_FUNCTION + ";Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;");
    }

    // ====================================================================== optional chains

    private void chainElement(Expression e, Scope scope, Label nullish) {
        if (e instanceof MemberExpression m) {
            member(m, scope, nullish);
        } else if (e instanceof CallExpression c) {
            call(c, scope, nullish);
        } else if (e instanceof PrivateMemberExpression m) {
            chainElement(m.object(), scope, nullish, m.optional());
            privateGet(m, scope);
        } else {
            compile(e, scope);
        }
    }

    /** Compiles a chain's object; if {@code optional} and it is null or undefined, jumps to {@code nullish}. */
    private void chainElement(Expression object, Scope scope, Label nullish, boolean optional) {
        chainElement(object, scope, nullish);
        if (optional) {
            Label ok = new Label();
            code.dup();
            code.invokeStatic("dev/kiln/runtime/value/Types", "isNullish", "(Ljava/lang/Object;)Z");
            code.ifFalse(ok);
            code.pop();
            code.jump(nullish);
            code.label(ok);
        }
    }

    // ====================================================================== calls

    /** Pushes the callee and the this value of a call whose callee is {@code callee}. */
    private void pushCalleeAndThis(Expression callee, Scope scope) {
        pushCalleeAndThis(callee, scope, null);
    }

    private void pushCalleeAndThis(Expression callee, Scope scope, Label nullish) {
        if (callee instanceof MemberExpression m) {
            if (nullish != null) chainElement(m.object(), scope, nullish, m.optional());
            else compile(m.object(), scope);
            code.dup();
            getMember(m, scope);
            code.swap();
        } else if (callee instanceof PrivateMemberExpression m) {
            if (nullish != null) chainElement(m.object(), scope, nullish, m.optional());
            else compile(m.object(), scope);
            code.dup();
            privateGet(m, scope);
            code.swap();
        } else if (callee instanceof SuperMemberExpression s) {
            superGet(s, scope);
            fc.loadThis(scope);
        } else if (callee instanceof Identifier id) {
            fc.loadIdentifierForCall(id);
        } else {
            if (nullish != null) chainElement(callee, scope, nullish);
            else compile(callee, scope);
            code.undefined();
        }
    }

    private void call(CallExpression c, Scope scope, Label nullish) {
        if (c.callee() instanceof Identifier id && id.name().equals("eval") && !c.optional()) {
            fc.unit.directEval(fc).compile(c, scope);
            return;
        }
        if (ApplyOfArguments.matches(c) && forwardsOwnArguments(ApplyOfArguments.argumentsOf(c))) {
            forwardArguments(c, scope, nullish);
            return;
        }
        pushCalleeAndThis(c.callee(), scope, nullish);
        if (c.optional() && nullish != null) {
            // callee?.(): a nullish callee short-circuits the chain.
            Label ok = new Label();
            code.swap();
            code.dup();
            code.invokeStatic("dev/kiln/runtime/value/Types", "isNullish", "(Ljava/lang/Object;)Z");
            code.ifFalse(ok);
            code.pop();
            code.pop();
            code.jump(nullish);
            code.label(ok);
            code.swap();
        }
        arguments(c.arguments(), scope, describe(c.callee()), callPosition(c.callee()));
    }

    /** Whether {@code arguments} is this function's own, which it keeps as its raw argument array (see {@link ApplyOfArguments}). */
    private boolean forwardsOwnArguments(Identifier arguments) {
        return fc.info.forwardsArgumentsOnly() && fc.analysis.reference(arguments).variable() == fc.info.argumentsVariable();
    }

    /** {@code f.apply(thisArg, arguments)} in a function that forwards its arguments without an arguments object. */
    private void forwardArguments(CallExpression c, Scope scope, Label nullish) {
        pushCalleeAndThis(c.callee(), scope, nullish);
        compile(c.arguments().get(0), scope);
        compile(ApplyOfArguments.argumentsOf(c), scope);
        code.checkcast("[Ljava/lang/Object;");
        code.load(FunctionCompiler.CALLEE);
        code.iconst(fc.info.isStrict() ? 0 : 1);
        code.ldc(describe(c.callee()));
        fc.position(callPosition(c.callee()));
        code.invokeStatic(Code.SUPPORT, "applyArguments", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;[Ljava/lang/Object;L"
                + Code.SCRIPT_FUNCTION + ";ZLjava/lang/String;)Ljava/lang/Object;");
    }

    /** Where a stack frame of this call points, as V8 reports it: the called property's name, or the callee. */
    private static Node callPosition(Expression callee) {
        if (callee instanceof MemberExpression m) return m.property();
        if (callee instanceof PrivateMemberExpression m) return m.property();
        return callee;
    }

    /** Evaluates arguments and emits the call (callee and this are on the stack). */
    private void arguments(List<Expression> args, Scope scope, String description, Node position) {
        boolean spread = false;
        for (Expression a : args) if (a instanceof SpreadElement) spread = true;
        if (!spread && args.size() <= MAX_FIXED_ARGUMENTS) {
            for (Expression a : args) compile(a, scope);
            fc.position(position);
            invokeCall(args.size(), description);
            return;
        }
        listOf(args, scope);
        code.invokeStatic(Code.SUPPORT, "listToArray", "(Ljava/util/ArrayList;)[Ljava/lang/Object;");
        fc.position(position);
        code.invokeDynamic("call", "(Ljava/lang/Object;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;", Code.BSM_CALL, description);
    }

    private void invokeCall(int argc, String description) {
        StringBuilder desc = new StringBuilder("(Ljava/lang/Object;Ljava/lang/Object;");
        for (int i = 0; i < argc; i++) desc.append("Ljava/lang/Object;");
        desc.append(")Ljava/lang/Object;");
        code.invokeDynamic("call", desc.toString(), Code.BSM_CALL, description);
    }

    private void construct(NewExpression n, Scope scope) {
        compile(n.callee(), scope);
        List<Expression> args = n.arguments();
        boolean spread = args.stream().anyMatch(a -> a instanceof SpreadElement);
        if (!spread && args.size() <= MAX_FIXED_ARGUMENTS) {
            StringBuilder desc = new StringBuilder("(Ljava/lang/Object;");
            for (Expression a : args) {
                compile(a, scope);
                desc.append("Ljava/lang/Object;");
            }
            fc.position(n);
            code.invokeDynamic("construct", desc.append(")Ljava/lang/Object;").toString(), Code.BSM_CONSTRUCT, describe(n.callee()));
            return;
        }
        listOf(args, scope);
        code.invokeStatic(Code.SUPPORT, "listToArray", "(Ljava/util/ArrayList;)[Ljava/lang/Object;");
        fc.position(n);
        code.invokeDynamic("construct", "(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;", Code.BSM_CONSTRUCT, describe(n.callee()));
    }

    /** 13.3.7.1 super(...arguments) */
    private void superCall(SuperCall s, Scope scope) {
        fc.loadSuperFunction(scope);
        // 13.3.7.2 GetSuperConstructor, before the arguments are evaluated
        code.invokeVirtual(Code.JS_OBJECT, "getPrototypeOf", "()L" + Code.JS_OBJECT + ";");
        fc.loadNewTarget(scope);
        listOf(s.arguments(), scope);
        code.invokeStatic(Code.SUPPORT, "listToArray", "(Ljava/util/ArrayList;)[Ljava/lang/Object;");
        code.invokeStatic(Code.SUPPORT, "superCall", "(L" + Code.JS_OBJECT + ";Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;");
        // Bind this (ReferenceError if already bound), then run the field initializers.
        code.dup();
        bindThisAfterSuper(scope);
        code.dup();
        fc.loadSuperFunction(scope);
        code.invokeStatic(Code.SUPPORT, "initializeInstanceElements", "(Ljava/lang/Object;L" + Code.SCRIPT_FUNCTION + ";)V");
    }

    private void bindThisAfterSuper(Scope scope) {
        FunctionInfo owner = fc.info.thisFunction();
        Variable v = owner.thisVariable();
        Label unbound = new Label();
        // value -> (checks the binding is still uninitialized, then stores)
        fc.loadVariable(scope, v);
        code.mv.visitJumpInsn(IFNULL, unbound);
        code.ldc("Super constructor may only be called once");
        code.invokeStatic(Code.JS_EXCEPTION, "referenceError", "(Ljava/lang/String;)L" + Code.JS_EXCEPTION + ";");
        code.athrow();
        code.label(unbound);
        fc.storeVariable(scope, v);
    }

    /** The source text of a callee, for "x is not a function" (kept short). */
    String describe(Expression callee) {
        String text = fc.unit.source.text().substring(callee.start(), callee.end());
        if (text.length() > 60) text = text.substring(0, 57) + "...";
        return text.replace('\n', ' ');
    }
}
