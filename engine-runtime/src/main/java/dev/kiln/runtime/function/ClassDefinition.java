package dev.kiln.runtime.function;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.ops.PrivateElement;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.PrivateName;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluation of a class definition (15.7.14 ClassDefinitionEvaluation), from the constructor
 * on: generated code evaluates the heritage and makes this with the constructor's
 * {@link FunctionData}, defines the public methods itself, hands each private method, field and
 * static block here in source order, initializes the class binding, and calls {@link #finish}.
 */
public final class ClassDefinition {
    private final ScriptFunction constructor;
    private final JSObject prototype;
    private final List<PrivateElement> instancePrivateMethods = new ArrayList<>();
    private final List<PrivateElement> staticPrivateMethods = new ArrayList<>();
    private final List<ClassFieldDefinition> instanceFields = new ArrayList<>();
    /** Static fields' ClassFieldDefinition records and static blocks' body functions, in order. */
    private final List<Object> staticElements = new ArrayList<>();

    /** Steps 9 and 14-19: the prototype object and the constructor F. */
    private ClassDefinition(FunctionData data, Object[] env, JSObject protoParent, JSObject constructorParent) {
        prototype = new JSObject(protoParent);
        constructor = new ScriptFunction(data, env, constructorParent);
        constructor.homeObject = prototype; // 15.a DefineMethod of the constructor with proto
        constructor.setClassPrototype(prototype); // 17 MakeConstructor(F, false, proto)
        prototype.defineOwn("constructor", constructor, Property.HIDDEN); // 19
    }

    /** A class without heritage (step 7). */
    public static ClassDefinition base(FunctionData data, Object[] env) {
        Realm realm = data.realm();
        return new ClassDefinition(data, env, realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE),
                realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE));
    }

    /** A class whose heritage evaluated to {@code superclass} (steps 8.f-h). */
    public static ClassDefinition derived(FunctionData data, Object[] env, Object superclass) {
        if (superclass == Null.INSTANCE) {
            return new ClassDefinition(data, env, null, data.realm().intrinsic(Intrinsic.FUNCTION_PROTOTYPE));
        }
        if (!(superclass instanceof JSObject parent) || !parent.isConstructor()) {
            throw JSException.typeError("Class extends value " + ObjectOperations.describeForError(superclass)
                    + " is not a constructor or null");
        }
        Object protoParent = parent.get("prototype", parent);
        if (protoParent instanceof JSObject p) return new ClassDefinition(data, env, p, parent);
        if (protoParent == Null.INSTANCE) return new ClassDefinition(data, env, null, parent);
        throw JSException.typeError("Class extends value does not have valid prototype property "
                + ObjectOperations.describeForError(protoParent));
    }

    /** F, the class constructor. */
    public ScriptFunction constructor() {
        return constructor;
    }

    /** proto, the object that becomes F.prototype. */
    public JSObject prototype() {
        return prototype;
    }

    private JSObject home(boolean isStatic) {
        return isStatic ? constructor : prototype;
    }

    /**
     * Step 26 for a private method, getter ({@code kind} 1) or setter (2): MakeMethod, then into
     * its container, where a getter and a setter of one name combine.
     */
    public void privateMethod(boolean isStatic, PrivateName key, ScriptFunction closure, int kind) {
        closure.homeObject = home(isStatic);
        PrivateElement element = kind == 0 ? PrivateElement.method(key, closure)
                : kind == 1 ? PrivateElement.getter(key, closure)
                : PrivateElement.setter(key, closure);
        List<PrivateElement> container = isStatic ? staticPrivateMethods : instancePrivateMethods;
        for (int i = 0; i < container.size(); i++) {
            if (container.get(i).key() == key) {
                container.set(i, container.get(i).combine(element));
                return;
            }
        }
        container.add(element);
    }

    /** Step 26 for a field (15.7.10 ClassFieldDefinitionEvaluation): {@code initializer} is null when it has none. */
    public void field(boolean isStatic, Object name, ScriptFunction initializer) {
        if (initializer != null) initializer.homeObject = home(isStatic);
        ClassFieldDefinition field = new ClassFieldDefinition(name, initializer);
        if (isStatic) staticElements.add(field);
        else instanceFields.add(field);
    }

    /** Step 26 for a static block (15.7.11 ClassStaticBlockDefinitionEvaluation). */
    public void staticBlock(ScriptFunction body) {
        body.homeObject = constructor;
        staticElements.add(body);
    }

    /** Steps 29-32, once the class binding is initialized: instance elements on F, then the static ones run. */
    public void finish() {
        if (!instancePrivateMethods.isEmpty() || !instanceFields.isEmpty()) {
            constructor.instanceElements = new InstanceElements(instancePrivateMethods.toArray(new PrivateElement[0]),
                    instanceFields.toArray(new ClassFieldDefinition[0]));
        }
        for (PrivateElement method : staticPrivateMethods) method.addTo(constructor);
        for (Object element : staticElements) {
            if (element instanceof ClassFieldDefinition field) field.define(constructor);
            else ((ScriptFunction) element).call(constructor);
        }
    }
}
