package dev.kiln.runtime.function;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.PrivateElement;

/**
 * A class constructor's [[PrivateMethods]] and [[Fields]]: what every instance of the class gets
 * when it is constructed (or, in a derived class, when super() returns).
 */
public record InstanceElements(PrivateElement[] privateMethods, ClassFieldDefinition[] fields) {
    /** 7.3.33 InitializeInstanceElements */
    public void initialize(JSObject o) {
        for (PrivateElement method : privateMethods) method.addTo(o);
        for (ClassFieldDefinition field : fields) field.define(o);
    }
}
