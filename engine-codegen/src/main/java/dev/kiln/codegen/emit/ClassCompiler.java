package dev.kiln.codegen.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.codegen.scope.Scope;
import dev.kiln.codegen.scope.Variable;
import dev.kiln.parser.ast.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Class definitions (15.7.14 ClassDefinitionEvaluation). The class scope is entered first (its
 * environment holds the inner name binding and the class's Private Names when methods capture
 * them); the heritage is evaluated in it; a runtime {@code ClassDefinition} then makes the
 * prototype and the constructor and collects, in source order, what the class body defines:
 * public methods are defined on the spot, private methods, fields and static blocks are handed to
 * it, and its {@code finish} gives the constructor its instance elements and runs the static ones.
 */
final class ClassCompiler {
    private static final String CLASS_DEFINITION = "dev/kiln/runtime/function/ClassDefinition";
    private static final String PRIVATE_NAME = "dev/kiln/runtime/value/PrivateName";

    private final FunctionCompiler fc;
    private final Code code;

    ClassCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.code = fc.code;
    }

    /** Leaves the class constructor; {@code name} is its binding name or the NamedEvaluation name. */
    void compile(ClassNode c, Scope scope, String name) {
        define(c, scope, name, -1);
    }

    /** The same for a NamedEvaluation whose name (a property key or Private Name) is in local {@code nameLocal}. */
    void compile(ClassNode c, Scope scope, int nameLocal) {
        define(c, scope, "", nameLocal);
    }

    /** The name a class element's literal key gives its function (a private name keeps its '#'). */
    static String elementName(Node key) {
        return key instanceof PrivateIdentifier p ? "#" + p.name() : ExpressionCompiler.propertyName(key);
    }

    private void define(ClassNode c, Scope outer, String name, int nameLocal) {
        fc.position(c);
        Scope cs = fc.analysis.scopeOf(c);
        fc.enterScope(cs); // steps 1-3: classEnv, with the inner name uninitialized
        // Steps 5-6: a new Private Name for each private identifier the body declares.
        List<Variable> privateNames = new ArrayList<>();
        for (Variable v : cs.variables()) if (v.kind() == Variable.Kind.PRIVATE_NAME) privateNames.add(v);
        fc.each(privateNames.size(), 16, (f, i) -> {
            f.code.mv.visitTypeInsn(NEW, PRIVATE_NAME);
            f.code.dup();
            f.code.ldc(privateNames.get(i).name());
            f.code.mv.visitMethodInsn(INVOKESPECIAL, PRIVATE_NAME, "<init>", "(Ljava/lang/String;)V", false);
            f.storeVariable(cs, privateNames.get(i));
        });
        MethodDefinition constructor = constructorMethod(c);
        int superclass = -1;
        if (c.superClass() != null) {
            fc.expressions.compile(c.superClass(), cs); // step 8, in classEnv
            superclass = code.newLocal();
            code.store(superclass);
        }
        code.ldc(fc.unit.classConstructorData(c, constructor, name));
        code.load(fc.envLocal);
        if (superclass >= 0) {
            code.load(superclass);
            code.invokeStatic(CLASS_DEFINITION, "derived", "(L" + Code.FUNCTION_DATA + ";[Ljava/lang/Object;Ljava/lang/Object;)L" + CLASS_DEFINITION + ";");
        } else {
            code.invokeStatic(CLASS_DEFINITION, "base", "(L" + Code.FUNCTION_DATA + ";[Ljava/lang/Object;)L" + CLASS_DEFINITION + ";");
        }
        int definition = code.newLocal();
        code.store(definition);
        int constructorLocal = code.newLocal();
        code.load(definition);
        code.invokeVirtual(CLASS_DEFINITION, "constructor", "()L" + Code.SCRIPT_FUNCTION + ";");
        code.store(constructorLocal);
        int prototype = code.newLocal();
        code.load(definition);
        code.invokeVirtual(CLASS_DEFINITION, "prototype", "()L" + Code.JS_OBJECT + ";");
        code.store(prototype);
        if (nameLocal >= 0) {
            code.load(constructorLocal);
            code.load(nameLocal);
            code.ldc("");
            code.invokeStatic(Code.SUPPORT, "setFunctionName", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/String;)V");
        }
        List<ClassElement> elements = new ArrayList<>(); // step 26
        for (ClassElement e : c.body()) if (e != constructor) elements.add(e);
        if (fc.split != null) {
            // A split function may define a long class body in pieces, which take the ClassDefinition.
            fc.split.accumulate(fc, elements.size(), i -> 8 + fc.split.bytes(elements.get(i)), "L" + CLASS_DEFINITION + ";",
                    definition, (f, i, acc) -> {
                        ClassCompiler in = f == fc ? this : f.unit.classes(f);
                        in.element(elements.get(i), cs, acc, f == fc ? constructorLocal : -1, f == fc ? prototype : -1);
                    });
        } else {
            for (ClassElement element : elements) element(element, cs, definition, constructorLocal, prototype);
        }
        if (c.id() != null) { // step 28
            code.load(constructorLocal);
            fc.storeVariable(cs, cs.lookupOwn(c.id().name()));
        }
        code.load(definition);
        code.invokeVirtual(CLASS_DEFINITION, "finish", "()V"); // steps 29-32
        fc.exitScope(cs);
        code.load(constructorLocal);
    }

    /**
     * Defines one element of the class body: the ClassDefinition is in local {@code definition},
     * the constructor and prototype in theirs, or when those are -1 (in a piece of a split
     * function) come from the definition.
     */
    private void element(ClassElement element, Scope cs, int definition, int constructorLocal, int prototype) {
        fc.position(element);
        if (element instanceof MethodDefinition m) {
            int home = m.isStatic() ? constructorLocal : prototype;
            method(m, cs, definition, () -> {
                if (home >= 0) {
                    code.load(home);
                } else {
                    code.load(definition);
                    if (m.isStatic()) code.invokeVirtual(CLASS_DEFINITION, "constructor", "()L" + Code.SCRIPT_FUNCTION + ";");
                    else code.invokeVirtual(CLASS_DEFINITION, "prototype", "()L" + Code.JS_OBJECT + ";");
                }
            });
        } else if (element instanceof PropertyDefinition p) {
            field(p, cs, definition);
        } else if (element instanceof StaticBlock b) {
            code.load(definition);
            fc.expressions.closure(b, cs, "static");
            code.invokeVirtual(CLASS_DEFINITION, "staticBlock", "(L" + Code.SCRIPT_FUNCTION + ";)V");
        }
    }

    /** 15.7.3 ConstructorMethod */
    private static MethodDefinition constructorMethod(ClassNode c) {
        for (ClassElement e : c.body()) {
            if (e instanceof MethodDefinition m && m.kind() == MethodKind.CONSTRUCTOR) return m;
        }
        return null;
    }

    /**
     * 15.4.5 MethodDefinitionEvaluation with enumerable false, for a method, getter or setter;
     * {@code home} pushes the object a public method goes on.
     */
    private void method(MethodDefinition m, Scope cs, int definition, Runnable home) {
        int kind = switch (m.kind()) {
            case GET -> 1;
            case SET -> 2;
            default -> 0;
        };
        String prefix = kind == 1 ? "get " : kind == 2 ? "set " : "";
        if (m.key() instanceof PrivateIdentifier p) {
            code.load(definition);
            code.iconst(m.isStatic() ? 1 : 0);
            fc.loadVariable(cs, cs.lookupOwn(elementName(p)));
            code.checkcast(PRIVATE_NAME);
            fc.expressions.closure(m.value(), cs, prefix + elementName(p));
            code.iconst(kind);
            code.invokeVirtual(CLASS_DEFINITION, "privateMethod", "(ZL" + PRIVATE_NAME + ";L" + Code.SCRIPT_FUNCTION + ";I)V");
            return;
        }
        home.run();
        String staticName = fc.expressions.propertyKey(m.key(), m.computed(), cs);
        fc.expressions.closure(m.value(), cs, staticName == null ? "" : prefix + staticName);
        code.iconst(kind);
        code.iconst(0);
        code.iconst(staticName == null ? 1 : 0);
        code.invokeStatic(Code.SUPPORT, "defineMethod", "(Ljava/lang/Object;Ljava/lang/Object;L" + Code.SCRIPT_FUNCTION + ";IZZ)V");
    }

    /** 15.7.10 ClassFieldDefinitionEvaluation: the name now, the initializer as a method of the class. */
    private void field(PropertyDefinition p, Scope cs, int definition) {
        code.load(definition);
        code.iconst(p.isStatic() ? 1 : 0);
        String name;
        if (p.key() instanceof PrivateIdentifier id) {
            name = elementName(id);
            fc.loadVariable(cs, cs.lookupOwn(name));
        } else {
            name = fc.expressions.propertyKey(p.key(), p.computed(), cs);
        }
        if (p.value() != null) fc.expressions.closure(p, cs, name == null ? "" : name);
        else code.aconstNull();
        code.invokeVirtual(CLASS_DEFINITION, "field", "(ZLjava/lang/Object;L" + Code.SCRIPT_FUNCTION + ";)V");
    }
}
