package dev.kiln.codegen.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.codegen.scope.FunctionInfo;
import dev.kiln.codegen.scope.Scope;
import dev.kiln.codegen.scope.Variable;
import dev.kiln.parser.ast.*;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles one function that is too large for a JVM method (64 KB of code) as its own method
 * plus "pieces": static methods of the unit, each holding a run of its statements or of the
 * elements of a large literal, small enough for HotSpot to compile ({@link Limits#PIECE_BYTES}).
 *
 * <p>The function's local bindings live in a <em>frame</em> array (its captured bindings stay in
 * their environment arrays), so every piece reaches them: a piece takes the function's callee,
 * this, new.target, current environment and frame ({@link #CONTEXT}). Frame slot {@link #EXIT}
 * carries a jump out of a piece, {@link #COMPLETION} the completion value of script or eval code,
 * {@link #ANNEX_B_FLAGS} the global Annex B function flags; the bindings follow.
 *
 * <p>Control flow that leaves a piece goes back to its caller, which goes on as if the piece's
 * code stood where the call is: a statement piece returns null when it completes normally, the
 * frame itself for a break or continue whose target is outside it (the frame's EXIT slot says
 * which), or the value of a return statement. The caller runs its own finally blocks, closes its
 * iterators and pops its environments on the way, exactly as for code of its own; exceptions
 * simply propagate. A piece's frames are left out of stack traces in favour of the innermost one.
 *
 * <p>Decisions are made as code is written, from the exact size of the method so far and the
 * estimated size ({@link CodeEstimate}) of what comes next: what fits stays inline, runs of
 * statements or list elements go to pieces, a statement larger than a piece keeps its own
 * structure inline with its parts split, and when a method is nearly full the rest of a list goes
 * to one piece that splits it further.
 */
final class Splitter {
    /** The parameters every piece starts with (locals 0 to 4). */
    static final String CONTEXT = "(L" + Code.SCRIPT_FUNCTION + ";Ljava/lang/Object;Ljava/lang/Object;"
            + Code.OBJECT_ARRAY + Code.OBJECT_ARRAY;
    static final int EXIT = 0, COMPLETION = 1, ANNEX_B_FLAGS = 2;
    private static final int HEADER = 3;
    /** Room a method keeps for the call of a piece and what follows it. */
    private static final int RESERVE = 512;
    /** Code this small never goes to a piece of its own. */
    private static final int SMALL = 48;

    /** A method holding part of the function; its callers learn from it how it can end. */
    static final class Piece {
        final UnitClass owner;
        final String name;
        final String descriptor;
        final MethodVisitor visitor;
        /** The breaks and continues that leave it, indexed by what it stores in the frame's EXIT slot. */
        final List<Exit> exits = new ArrayList<>();
        /** Whether a return statement ends it (returning the value). */
        boolean returns;
        FunctionCompiler fc;

        Piece(UnitClass owner, String name, String descriptor, MethodVisitor visitor) {
            this.owner = owner;
            this.name = name;
            this.descriptor = descriptor;
            this.visitor = visitor;
        }
    }

    /** A break or continue (label null: unlabelled) whose target is outside the piece. */
    record Exit(String label, boolean isContinue) {}

    /** Emits the code of list element {@code index} in {@code fc}'s method. */
    interface Item {
        void emit(FunctionCompiler fc, int index);
    }

    /** Emits the code of element {@code index}, which updates the accumulator in local {@code accumulator}. */
    interface AccumulatorItem {
        void emit(FunctionCompiler fc, int index, int accumulator);
    }

    private final UnitCompiler unit;
    private final String method;
    /** What a piece aims at; also the most a method fills with code of its own. */
    final int budget;
    private final CodeEstimate estimate;
    private final Map<Variable, Integer> frameSlots = new IdentityHashMap<>();
    private boolean keepsCompletion;
    private boolean keepsAnnexBFlags;

    Splitter(UnitCompiler unit, FunctionInfo info, String method, int budget) {
        this.unit = unit;
        this.method = method;
        this.budget = budget;
        this.estimate = new CodeEstimate(unit.source, unit.analysis);
        Scope top = info.parameterEvalScope() != null ? info.parameterEvalScope() : info.scope();
        assignFrameSlots(top, info);
    }

    /** The estimated bytecode of a node of the function. */
    int bytes(Node n) {
        return estimate.bytes(n);
    }

    // ====================================================================== the frame

    private void assignFrameSlots(Scope s, FunctionInfo info) {
        if (s.function() != info) return;
        for (Variable v : s.variables()) {
            if (v.storage() == Variable.Storage.LOCAL) frameSlots.put(v, HEADER + frameSlots.size());
        }
        for (Scope c : s.children()) assignFrameSlots(c, info);
    }

    int frameSlot(Variable v) {
        Integer slot = frameSlots.get(v);
        if (slot == null) throw new IllegalStateException("no frame slot for " + v);
        return slot;
    }

    /** Makes the frame, in the function's own method before anything else. */
    void allocateFrame(FunctionCompiler fc) {
        fc.code.newObjectArray(HEADER + frameSlots.size());
        fc.code.store(fc.frameLocal);
    }

    void loadFrameSlot(FunctionCompiler fc, int slot) {
        fc.code.load(fc.frameLocal);
        fc.code.iconst(slot);
        fc.code.arrayLoad();
    }

    /** Stores the value on the stack in a slot of the frame. */
    void storeFrameSlot(FunctionCompiler fc, int slot) {
        fc.code.load(fc.frameLocal);
        fc.code.swap();
        fc.code.iconst(slot);
        fc.code.swap();
        fc.code.arrayStore();
    }

    boolean keepsCompletion() {
        return keepsCompletion;
    }

    void keepCompletion() {
        keepsCompletion = true;
    }

    boolean keepsAnnexBFlags() {
        return keepsAnnexBFlags;
    }

    void keepAnnexBFlags() {
        keepsAnnexBFlags = true;
    }

    // ====================================================================== pieces

    /** Bytes the method of {@code fc} can still take of code of its own. */
    private int room(FunctionCompiler fc) {
        return budget - fc.code.offset();
    }

    /** Whether code estimated at {@code size} bytes stays in {@code fc}'s method. */
    private boolean fits(FunctionCompiler fc, int size) {
        return size <= room(fc) - RESERVE;
    }

    /** Starts a piece taking {@code extraParameters} (descriptors, in locals from 5 on) and returning {@code result}. */
    private Piece open(FunctionCompiler caller, String extraParameters, int extraSlots, String result) {
        String descriptor = CONTEXT + extraParameters + ")" + result;
        Piece p = unit.openPiece(method, descriptor, budget);
        p.fc = new FunctionCompiler(caller, p.visitor, p.owner.name, p, extraSlots);
        p.visitor.visitCode();
        return p;
    }

    private void close(Piece p) {
        unit.closePiece(p);
    }

    /** Calls piece {@code p} from {@code caller}: the context, then what {@code extras} pushes. */
    private static void invoke(FunctionCompiler caller, Piece p, Runnable extras) {
        caller.pieceCall(() -> {
            Code code = caller.code;
            code.load(FunctionCompiler.CALLEE);
            code.load(FunctionCompiler.THIS);
            code.load(FunctionCompiler.NEW_TARGET);
            code.load(caller.envLocal);
            code.load(caller.frameLocal);
            extras.run();
            code.invokeStatic(p.owner.name, p.name, p.descriptor);
        });
    }

    /** The end of a run of list elements starting at {@code from}: as many as a piece holds (at least one). */
    private int chunkEnd(int from, int to, IntUnaryOperator sizeOf) {
        int j = from + 1, total = sizeOf.applyAsInt(from);
        while (j < to) {
            int next = sizeOf.applyAsInt(j);
            if (total + next > budget - RESERVE) break;
            total += next;
            j++;
        }
        return j;
    }

    // ====================================================================== statements

    /** A statement list of the function (its body, a block, a case's statements...). */
    void statements(FunctionCompiler fc, List<Statement> list, Scope scope) {
        statements(fc, list, 0, list.size(), scope);
    }

    private void statements(FunctionCompiler fc, List<Statement> list, int from, int to, Scope scope) {
        IntUnaryOperator sizeOf = i -> estimate.bytes(list.get(i));
        int i = from;
        while (i < to) {
            int size = sizeOf.applyAsInt(i);
            if (fits(fc, size)) {
                fc.statements.compile(list.get(i++), scope);
            } else if (room(fc) < 2 * RESERVE) {
                statementPiece(fc, list, i, to, scope);
                return;
            } else if (size > budget - RESERVE) {
                // A statement larger than any piece keeps its structure here, its parts split.
                fc.statements.compile(list.get(i++), scope);
            } else {
                int j = chunkEnd(i, to, sizeOf);
                statementPiece(fc, list, i, j, scope);
                i = j;
            }
        }
    }

    /**
     * A statement compiled on its own (a branch of an if statement, a loop's body...) that does
     * not fit in the method of {@code fc}: it goes to a piece when it fits one, or when this
     * method is nearly full (its structure then gets the room of a new method), so that nested
     * large statements, such as a long chain of else-ifs, spread over pieces too. Returns false
     * when it stays.
     */
    boolean statement(FunctionCompiler fc, Statement st, Scope scope) {
        int size = estimate.bytes(st);
        if (size <= SMALL || fits(fc, size) || (size > budget - RESERVE && room(fc) >= 2 * RESERVE)) return false;
        statementPiece(fc, List.of(st), 0, 1, scope);
        return true;
    }

    /** Statements [from, to) in a piece of their own, called from {@code fc} with its way out dispatched there. */
    private void statementPiece(FunctionCompiler fc, List<Statement> list, int from, int to, Scope scope) {
        Piece p = open(fc, "", 0, Code.OBJECT_DESC);
        statements(p.fc, list, from, to, scope);
        p.fc.code.aconstNull();
        p.fc.code.areturn();
        close(p);
        invoke(fc, p, () -> { });
        dispatch(fc, p, scope);
    }

    /** After a statement piece's call: goes on, or leaves as its result says (see the class comment). */
    private static void dispatch(FunctionCompiler fc, Piece p, Scope scope) {
        Code code = fc.code;
        if (!p.returns && p.exits.isEmpty()) {
            code.pop();
            return;
        }
        Label normal = new Label(), exit = new Label();
        code.dup();
        code.mv.visitJumpInsn(IFNULL, normal);
        if (p.returns) {
            if (!p.exits.isEmpty()) {
                code.dup();
                code.load(fc.frameLocal);
                code.mv.visitJumpInsn(IF_ACMPEQ, exit);
            }
            fc.statements.emitReturn(scope);
        }
        if (!p.exits.isEmpty()) {
            code.label(exit);
            code.pop();
            fc.split.loadFrameSlot(fc, EXIT);
            code.checkcast("java/lang/Integer");
            code.invokeVirtual("java/lang/Integer", "intValue", "()I");
            Label[] cases = new Label[p.exits.size()];
            for (int k = 0; k < cases.length; k++) cases[k] = new Label();
            code.mv.visitTableSwitchInsn(0, cases.length - 1, cases[0], cases);
            for (int k = 0; k < cases.length; k++) {
                code.label(cases[k]);
                Exit e = p.exits.get(k);
                if (e.isContinue()) fc.control.emitContinue(e.label());
                else fc.control.emitBreak(e.label());
            }
        }
        code.label(normal);
        code.pop();
    }

    /** In a piece: a break or continue whose target is outside it (what enclosed it in the piece has been left). */
    void exitPiece(FunctionCompiler fc, String label, boolean isContinue) {
        Exit e = new Exit(label, isContinue);
        int index = fc.piece.exits.indexOf(e);
        if (index < 0) {
            index = fc.piece.exits.size();
            fc.piece.exits.add(e);
        }
        fc.code.iconst(index);
        fc.code.invokeStatic("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;");
        storeFrameSlot(fc, EXIT);
        fc.code.load(fc.frameLocal);
        fc.code.areturn();
    }

    // ====================================================================== lists without results

    /** Elements 0..n-1 of a list, each by {@code item}: in order, inline while they fit, else in pieces. */
    void items(FunctionCompiler fc, int n, IntUnaryOperator sizeOf, Item item) {
        accumulate(fc, n, sizeOf, null, -1, (f, i, acc) -> item.emit(f, i));
    }

    /**
     * Elements 0..n-1 of a list, each updating an accumulator (an array, a list, an object, a
     * value) that {@code fc} keeps in local {@code accumulator}, of type {@code descriptor}; a
     * piece takes it and returns it. With a null descriptor there is none.
     */
    void accumulate(FunctionCompiler fc, int n, IntUnaryOperator sizeOf, String descriptor, int accumulator,
                    AccumulatorItem item) {
        accumulate(fc, 0, n, sizeOf, descriptor, accumulator, item);
    }

    private void accumulate(FunctionCompiler fc, int from, int to, IntUnaryOperator sizeOf, String descriptor,
                            int accumulator, AccumulatorItem item) {
        int i = from;
        while (i < to) {
            int size = sizeOf.applyAsInt(i);
            if (fits(fc, size) || size > budget - RESERVE) {
                item.emit(fc, i++, accumulator);
            } else if (room(fc) < 2 * RESERVE) {
                accumulatorPiece(fc, i, to, sizeOf, descriptor, accumulator, item);
                return;
            } else {
                int j = chunkEnd(i, to, sizeOf);
                accumulatorPiece(fc, i, j, sizeOf, descriptor, accumulator, item);
                i = j;
            }
        }
    }

    private void accumulatorPiece(FunctionCompiler fc, int from, int to, IntUnaryOperator sizeOf, String descriptor,
                                  int accumulator, AccumulatorItem item) {
        Piece p = descriptor == null ? open(fc, "", 0, "V") : open(fc, descriptor, 1, descriptor);
        accumulate(p.fc, from, to, sizeOf, descriptor, descriptor == null ? -1 : 5, item);
        if (descriptor == null) {
            p.fc.code.insn(RETURN);
        } else {
            p.fc.code.load(5);
            p.fc.code.areturn();
        }
        close(p);
        invoke(fc, p, () -> {
            if (descriptor != null) fc.code.load(accumulator);
        });
        if (descriptor != null) fc.code.store(accumulator);
    }

    // ====================================================================== expressions

    /**
     * Compiles {@code e}, leaving its value, if it is too large for the method of {@code fc}:
     * in a piece of its own that returns the value, or split by its own structure (the
     * elements of a literal, the operands of a chain of operators). Returns false when
     * {@code e} stays (it fits, or only its parts are too large: they come here in turn).
     */
    boolean expression(FunctionCompiler fc, Expression e, Scope scope) {
        int size = estimate.bytes(e);
        if (size <= SMALL || fits(fc, size)) return false;
        if (size <= budget - RESERVE && !(e instanceof FunctionNode) && !(e instanceof ClassExpression)) {
            Piece p = open(fc, "", 0, Code.OBJECT_DESC);
            p.fc.expressions.compile(e, scope);
            p.fc.code.areturn();
            close(p);
            invoke(fc, p, () -> { });
            return true;
        }
        if (e instanceof ArrayExpression a && a.elements().stream().noneMatch(x -> x instanceof SpreadElement)) {
            arrayLiteral(fc, a, scope);
        } else if (e instanceof ObjectExpression o) {
            objectLiteral(fc, o, scope);
        } else if (e instanceof TemplateLiteral t) {
            template(fc, t, scope);
        } else if (e instanceof SequenceExpression s) {
            sequence(fc, s, scope);
        } else if (e instanceof BinaryExpression || e instanceof LogicalExpression) {
            chain(fc, e, scope);
        } else {
            return false;
        }
        return true;
    }

    private void arrayLiteral(FunctionCompiler fc, ArrayExpression a, Scope scope) {
        Code code = fc.code;
        List<Expression> elements = a.elements();
        code.realm();
        code.newObjectArray(elements.size());
        int array = code.newLocal();
        code.dup();
        code.store(array);
        accumulate(fc, elements.size(), i -> 8 + estimate.bytes(elements.get(i)), Code.OBJECT_ARRAY, array, (f, i, acc) -> {
            Expression x = elements.get(i);
            if (x == null) return; // a hole stays null
            f.code.load(acc);
            f.code.iconst(i);
            f.expressions.compile(x, scope);
            f.code.arrayStore();
        });
        code.invokeStatic(Code.SUPPORT, "arrayLiteral", "(" + Code.REALM_DESC + "[Ljava/lang/Object;)Ldev/kiln/runtime/object/ArrayObject;");
    }

    /** A list of values with spread elements (arguments, array elements): see {@link ExpressionCompiler#listOf}. */
    boolean list(FunctionCompiler fc, List<Expression> elements, Scope scope) {
        int size = 0;
        for (Expression x : elements) size += 8 + estimate.bytes(x);
        if (fits(fc, size)) return false;
        Code code = fc.code;
        code.mv.visitTypeInsn(NEW, "java/util/ArrayList");
        code.dup();
        code.mv.visitMethodInsn(INVOKESPECIAL, "java/util/ArrayList", "<init>", "()V", false);
        int list = code.newLocal();
        code.store(list);
        accumulate(fc, elements.size(), i -> 8 + estimate.bytes(elements.get(i)), "Ljava/util/ArrayList;", list, (f, i, acc) -> {
            f.code.load(acc);
            f.expressions.listElement(elements.get(i), scope);
        });
        code.load(list);
        return true;
    }

    private void objectLiteral(FunctionCompiler fc, ObjectExpression o, Scope scope) {
        Code code = fc.code;
        List<ObjectMember> members = o.properties();
        code.realm();
        code.invokeStatic(Code.SUPPORT, "newObject", "(" + Code.REALM_DESC + ")L" + Code.JS_OBJECT + ";");
        int object = code.newLocal();
        code.store(object);
        accumulate(fc, members.size(), i -> 12 + estimate.bytes(members.get(i)), "L" + Code.JS_OBJECT + ";", object, (f, i, acc) -> {
            f.code.load(acc);
            f.expressions.objectMember(members.get(i), scope);
            f.code.pop();
        });
        code.load(object);
    }

    private void template(FunctionCompiler fc, TemplateLiteral t, Scope scope) {
        Code code = fc.code;
        code.string(t.quasis().get(0).cooked(), unit.constants);
        int text = code.newLocal();
        code.store(text);
        accumulate(fc, t.expressions().size(), i -> 16 + estimate.bytes(t.expressions().get(i)), Code.OBJECT_DESC, text, (f, i, acc) -> {
            f.code.load(acc);
            f.code.checkcast("java/lang/CharSequence");
            f.expressions.templatePart(t, i, scope);
            f.code.store(acc);
        });
        code.load(text);
    }

    private void sequence(FunctionCompiler fc, SequenceExpression s, Scope scope) {
        List<Expression> list = s.expressions();
        int last = fc.code.newLocal();
        fc.code.aconstNull();
        fc.code.store(last);
        accumulate(fc, list.size(), i -> 2 + estimate.bytes(list.get(i)), Code.OBJECT_DESC, last, (f, i, acc) -> {
            f.expressions.compile(list.get(i), scope);
            f.code.store(acc);
        });
        fc.code.load(last);
    }

    /**
     * A chain of binary or logical operators, {@code ((a op b) op c) op d...}: the leftmost operand,
     * then each operator with its right operand applied in turn to the value so far.
     */
    private void chain(FunctionCompiler fc, Expression e, Scope scope) {
        List<Expression> links = new ArrayList<>();
        Expression first = e;
        while (first instanceof BinaryExpression || first instanceof LogicalExpression) {
            links.add(first);
            first = first instanceof BinaryExpression b ? b.left() : ((LogicalExpression) first).left();
        }
        java.util.Collections.reverse(links); // innermost first
        fc.expressions.compile(first, scope);
        int value = fc.code.newLocal();
        fc.code.store(value);
        accumulate(fc, links.size(), i -> 12 + estimate.bytes(right(links.get(i))), Code.OBJECT_DESC, value, (f, i, acc) -> {
            f.code.load(acc);
            f.expressions.applyOperator(links.get(i), scope);
            f.code.store(acc);
        });
        fc.code.load(value);
    }

    private static Expression right(Expression link) {
        return link instanceof BinaryExpression b ? b.right() : ((LogicalExpression) link).right();
    }

    // ====================================================================== switch

    /** Whether a switch statement's cases are too large for {@code fc}'s method as they are. */
    boolean largeSwitch(FunctionCompiler fc, SwitchStatement s) {
        return !fits(fc, estimate.bytes(s));
    }

    /**
     * The cases of a large switch statement (14.12.4 CaseBlockEvaluation), whose discriminant is in
     * local {@code discriminant}: the tests find the index of the first matching case (or of the
     * default); then the case bodies run from that case on, a run of cases per piece. A piece of
     * bodies takes the index to start at; when it completes, the next run starts at its first case.
     */
    void switchCases(FunctionCompiler fc, SwitchStatement s, Scope scope, int discriminant, Set<String> labels) {
        Code code = fc.code;
        List<SwitchCase> cases = s.cases();
        int index = code.newLocal(dev.kiln.codegen.types.ValueType.INT);
        Label found = new Label(), end = new Label();
        caseTests(fc, cases, 0, cases.size(), scope, discriminant, index, found);
        int defaultIndex = -1;
        for (int i = 0; i < cases.size(); i++) if (cases.get(i).test() == null) defaultIndex = i;
        if (defaultIndex < 0) {
            code.jump(end);
        } else {
            code.iconst(defaultIndex);
            code.mv.visitVarInsn(ISTORE, index);
        }
        code.label(found);
        fc.control.pushTarget(labels, end, null, true);
        caseBodies(fc, cases, 0, cases.size(), scope, index);
        fc.control.pop();
        code.label(end);
    }

    /** Tests of cases [from, to): on a match, the case's index goes to local {@code index} and control to {@code found}. */
    private void caseTests(FunctionCompiler fc, List<SwitchCase> cases, int from, int to, Scope scope, int discriminant,
                           int index, Label found) {
        IntUnaryOperator sizeOf = i -> cases.get(i).test() == null ? 0 : 16 + estimate.bytes(cases.get(i).test());
        Code code = fc.code;
        int i = from;
        while (i < to) {
            int size = sizeOf.applyAsInt(i);
            if (fits(fc, size) || size > budget - RESERVE) {
                SwitchCase c = cases.get(i);
                if (c.test() != null) {
                    Label next = new Label();
                    code.load(discriminant);
                    fc.expressions.compile(c.test(), scope);
                    code.invokeStatic(Code.OPERATORS, "strictEquals", "(Ljava/lang/Object;Ljava/lang/Object;)Z");
                    code.ifFalse(next);
                    code.iconst(i);
                    code.mv.visitVarInsn(ISTORE, index);
                    code.jump(found);
                    code.label(next);
                }
                i++;
                continue;
            }
            int j = room(fc) < 2 * RESERVE ? to : chunkEnd(i, to, sizeOf);
            // A piece of tests returns the index of the first match, or -1.
            Piece p = open(fc, Code.OBJECT_DESC, 1, "I");
            Code pc = p.fc.code;
            int pieceIndex = pc.newLocal(dev.kiln.codegen.types.ValueType.INT);
            Label match = new Label();
            caseTests(p.fc, cases, i, j, scope, 5, pieceIndex, match);
            pc.iconst(-1);
            pc.insn(IRETURN);
            pc.label(match);
            pc.mv.visitVarInsn(ILOAD, pieceIndex);
            pc.insn(IRETURN);
            close(p);
            invoke(fc, p, () -> code.load(discriminant));
            code.insn(DUP);
            code.mv.visitVarInsn(ISTORE, index);
            code.mv.visitJumpInsn(IFGE, found);
            i = j;
        }
    }

    /** Bodies of cases [from, to), entered at the case in local {@code index} (which is in that range or later). */
    private void caseBodies(FunctionCompiler fc, List<SwitchCase> cases, int from, int to, Scope scope, int index) {
        IntUnaryOperator sizeOf = i -> 8 + estimate.bytes(cases.get(i).consequent());
        Code code = fc.code;
        int i = from;
        while (i < to) {
            int size = sizeOf.applyAsInt(i);
            boolean rest = false;
            int j;
            if (fits(fc, size) || size > budget - RESERVE) {
                j = i + 1;
            } else if (room(fc) < 2 * RESERVE) {
                j = to;
                rest = true;
            } else {
                j = chunkEnd(i, to, sizeOf);
            }
            Label skip = new Label();
            code.mv.visitVarInsn(ILOAD, index);
            code.iconst(j);
            code.mv.visitJumpInsn(IF_ICMPGE, skip);
            if (j == i + 1 && !rest && (fits(fc, size) || size > budget - RESERVE)) {
                caseRun(fc, cases, i, j, scope, index);
            } else {
                Piece p = open(fc, "I", 1, Code.OBJECT_DESC);
                if (rest) caseBodies(p.fc, cases, i, j, scope, 5);
                else caseRun(p.fc, cases, i, j, scope, 5);
                p.fc.code.aconstNull();
                p.fc.code.areturn();
                close(p);
                invoke(fc, p, () -> code.mv.visitVarInsn(ILOAD, index));
                dispatch(fc, p, scope);
            }
            code.iconst(j);
            code.mv.visitVarInsn(ISTORE, index);
            code.label(skip);
            i = j;
        }
    }

    /** The statements of cases [from, to) in order, entered at the case whose index is in local {@code index}. */
    private void caseRun(FunctionCompiler fc, List<SwitchCase> cases, int from, int to, Scope scope, int index) {
        Code code = fc.code;
        if (to - from == 1) { // entered at its one case
            fc.statements.compileStatements(cases.get(from).consequent(), scope);
            return;
        }
        Label[] entries = new Label[to - from];
        for (int k = 0; k < entries.length; k++) entries[k] = new Label();
        code.mv.visitVarInsn(ILOAD, index);
        code.mv.visitTableSwitchInsn(from, to - 1, entries[0], entries);
        for (int k = from; k < to; k++) {
            code.label(entries[k - from]);
            fc.statements.compileStatements(cases.get(k).consequent(), scope);
        }
    }
}
