package dev.kiln.runtime.function;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.ops.PrivateElements;
import dev.kiln.runtime.value.PrivateName;
import dev.kiln.runtime.value.Undefined;

/**
 * 6.2.11 ClassFieldDefinition Record: a field's name (a property key or a {@link PrivateName})
 * and its initializer, a method of the class, or null when the field has no initializer.
 */
public record ClassFieldDefinition(Object name, ScriptFunction initializer) {
    /**
     * 7.3.32 DefineField. The initializer gets the field's name as its one argument: that is its
     * [[ClassFieldInitializerName]], which the NamedEvaluation of an anonymous function in it
     * needs when the key was computed (the function is never reachable from JavaScript, so no
     * code can see the argument).
     */
    public void define(JSObject receiver) {
        Object initValue = initializer == null ? Undefined.INSTANCE : initializer.call(receiver, name);
        if (name instanceof PrivateName p) PrivateElements.fieldAdd(receiver, p, initValue);
        else ObjectOperations.createDataPropertyOrThrow(receiver, name, initValue);
    }
}
