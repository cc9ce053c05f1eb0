package dev.kiln.runtime.object;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.shape.Shape;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * An object, with the ordinary internal methods (ECMA-262 10.1). Exotic objects (arrays,
 * arguments, string wrappers, bound functions, proxies, ...) subclass it and override the
 * internal methods whose behaviour differs, so every caller goes through the same virtual
 * methods and a Proxy slots in anywhere an object does.
 *
 * <p>Storage: named properties live in {@link #slots} as laid out by {@link #shape};
 * array-index properties live in {@link #elements}. Keys are canonical ({@link PropertyKey}):
 * an Integer is an array index, a String or Symbol names a shape property. The fields are
 * public because generated code reads them directly behind its inline-cache checks.
 *
 * <p>Java {@code null} means "absent" throughout: no prototype (JavaScript null), no property,
 * no descriptor, a hole.
 */
public class JSObject {
    private static final Object[] NO_SLOTS = {};

    /** Returned by {@link #getOwnValue} when the object has no own property with the key. */
    public static final Object NOT_FOUND = new Object() {
        @Override
        public String toString() {
            return "NOT_FOUND";
        }
    };

    public Shape shape;
    public Object[] slots;
    /** Array-index properties; null until the first one is added. */
    public Elements elements;
    private JSObject prototype;
    /** Whether this object is, or has been, some object's [[Prototype]] (see {@link NoElementsProtector}). */
    private boolean isPrototype;

    /** An ordinary empty object (10.1.12 OrdinaryObjectCreate). */
    public JSObject(JSObject prototype) {
        this.prototype = prototype;
        this.shape = Shape.ROOT;
        this.slots = NO_SLOTS;
        if (prototype != null && !prototype.isPrototype) prototype.becomePrototype();
    }

    /** An object that starts with a prepared shape; the caller fills its slots. */
    protected JSObject(JSObject prototype, Shape shape) {
        this.prototype = prototype;
        this.shape = shape;
        int n = shape.slotCount();
        this.slots = n == 0 ? NO_SLOTS : new Object[n];
        if (prototype != null && !prototype.isPrototype) prototype.becomePrototype();
    }

    /** Records that this object is now some object's prototype; one with index properties invalidates the protector. */
    final void becomePrototype() {
        isPrototype = true;
        if (elements != null && elements.count() > 0 || hasExoticIndexedProperties()) NoElementsProtector.invalidate();
    }

    /** Whether this object is, or has been, some object's prototype. */
    final boolean isPrototype() {
        return isPrototype;
    }

    /**
     * Whether index keys may find something here other than {@link #elements}: own index
     * properties of the object's own kind, or an exotic [[Get]], [[Set]] or [[HasProperty]].
     */
    protected boolean hasExoticIndexedProperties() {
        return !hasOrdinaryElements() || !hasOrdinarySet();
    }

    /**
     * An ordinary object whose named properties are laid out by a prepared {@code shape}; the
     * caller fills {@link #slots} in the shape's slot order (iterator results, object literals).
     */
    public static JSObject withShape(JSObject prototype, Shape shape) {
        return new JSObject(prototype, shape);
    }

    // ------------------------------------------------------------------ internal methods

    /** [[GetPrototypeOf]] (10.1.1); null for a null prototype. */
    public JSObject getPrototypeOf() {
        return prototype;
    }

    /** The [[Prototype]] slot itself, for inline caches that have checked this object's class. */
    public final JSObject prototypeSlot() {
        return prototype;
    }

    /** [[SetPrototypeOf]] (10.1.2.1 OrdinarySetPrototypeOf). */
    public boolean setPrototypeOf(JSObject v) {
        if (v == prototype) return true;
        if (!isExtensible()) return false;
        for (JSObject p = v; p != null; p = p.prototype) {
            if (p == this) return false;
            if (!p.hasOrdinaryGetPrototypeOf()) break;
        }
        prototype = v;
        if (v != null && !v.isPrototype) v.becomePrototype();
        return true;
    }

    /** Whether [[GetPrototypeOf]] is the ordinary one (10.1.2.1 step 7.c.i). */
    protected boolean hasOrdinaryGetPrototypeOf() {
        return true;
    }

    /** [[IsExtensible]] (10.1.3). */
    public boolean isExtensible() {
        return shape.isExtensible();
    }

    /** [[PreventExtensions]] (10.1.4). */
    public boolean preventExtensions() {
        shape = shape.preventExtensions();
        return true;
    }

    /** [[GetOwnProperty]] (10.1.5.1 OrdinaryGetOwnProperty); null if absent. */
    public PropertyDescriptor getOwnProperty(Object key) {
        if (key instanceof Integer) {
            Elements e = elements;
            if (e == null) return null;
            long i = PropertyKey.index(key);
            Object v = e.get(i);
            return v == null ? null : PropertyDescriptor.of(v, e.flags(i));
        }
        Property p = shape.find(key);
        return p == null ? null : PropertyDescriptor.of(slots[p.slot()], p.flags());
    }

    /** [[DefineOwnProperty]] (10.1.6.1 OrdinaryDefineOwnProperty). */
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        return validateAndApplyPropertyDescriptor(this, key, isExtensible(), desc, getOwnProperty(key));
    }

    /** [[HasProperty]] (10.1.7.1 OrdinaryHasProperty), iterated along ordinary prototypes. */
    public boolean hasProperty(Object key) {
        JSObject o = this;
        while (true) {
            if (o.hasOwnProperty(key)) return true;
            JSObject parent = o.getPrototypeOf();
            if (parent == null) return false;
            if (!parent.hasOrdinaryHasProperty()) return parent.hasProperty(key);
            o = parent;
        }
    }

    /** Whether [[HasProperty]] is the ordinary one, so callers may walk past this object. */
    protected boolean hasOrdinaryHasProperty() {
        return true;
    }

    /**
     * Whether this object's array-index properties are exactly its {@link #elements}, read by
     * the ordinary [[Get]] and [[HasProperty]]: false for objects with index properties of
     * their own kind (a String's characters, typed array data, mapped arguments, proxy traps).
     * Built-ins use it to skip runs of absent indices without asking each one.
     */
    public boolean hasOrdinaryElements() {
        return hasOrdinaryGet() && hasOrdinaryHasProperty();
    }

    /** Whether no prototype of this object has elements or index behaviour of its own, so a hole reads as absent. */
    protected final boolean prototypesHaveNoElements() {
        if (NoElementsProtector.isIntact()) return true;
        for (JSObject p = getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
            if (p.elements != null && p.elements.count() > 0) return false;
            if (!p.hasOrdinarySet() || !p.hasOrdinaryElements()) return false;
        }
        return true;
    }

    /**
     * Whether Set(this, k, v, true) for every array index k is certain to be a plain store that
     * leaves an element at k: the object keeps its indices ordinarily and is extensible, every
     * own element is a writable data property with default attributes, and no prototype has
     * elements. Bulk writers (fill) then know how many elements they will make before making them.
     */
    public final boolean elementStoresArePlain() {
        Elements e = elements;
        return !hasExoticIndexedProperties() && shape.isExtensible() && (e == null || e.allDefault()) && prototypesHaveNoElements();
    }

    /** Whether this object has an own property {@code key}: [[GetOwnProperty]] without a descriptor. */
    public boolean hasOwnProperty(Object key) {
        if (key instanceof Integer) {
            Elements e = elements;
            return e != null && e.get(PropertyKey.index(key)) != null;
        }
        return shape.find(key) != null;
    }

    /** [[Get]] (10.1.8.1 OrdinaryGet), iterated along prototypes whose [[Get]] is ordinary. */
    public Object get(Object key, Object receiver) {
        JSObject o = this;
        while (true) {
            Object v = o.getOwnValue(key, receiver);
            if (v != NOT_FOUND) return v;
            JSObject parent = o.getPrototypeOf();
            if (parent == null) return Undefined.INSTANCE;
            if (!parent.hasOrdinaryGet()) return parent.get(key, receiver);
            o = parent;
        }
    }

    /** {@code O.[[Get]](P, O)}. */
    public final Object get(Object key) {
        return get(key, this);
    }

    /**
     * The value of own property {@code key} as [[Get]] sees it (calling a getter with
     * {@code receiver}), or {@link #NOT_FOUND}. Exotic objects with extra own properties
     * override it together with {@link #getOwnProperty}.
     */
    public Object getOwnValue(Object key, Object receiver) {
        Object v;
        int flags;
        if (key instanceof Integer) {
            Elements e = elements;
            if (e == null) return NOT_FOUND;
            long i = PropertyKey.index(key);
            v = e.get(i);
            if (v == null) return NOT_FOUND;
            if (!(v instanceof Accessor)) return v;
            flags = e.flags(i);
        } else {
            Property p = shape.find(key);
            if (p == null) return NOT_FOUND;
            v = slots[p.slot()];
            flags = p.flags();
        }
        if ((flags & Property.ACCESSOR) == 0) return v;
        Object getter = ((Accessor) v).getter();
        return getter == Undefined.INSTANCE ? Undefined.INSTANCE : ObjectOperations.call(getter, receiver);
    }

    /**
     * Whether inline caches may treat this object through its shape and [[Prototype]] slot:
     * ordinary [[Get]], [[Set]], [[GetPrototypeOf]] and [[HasProperty]] for named keys. A Proxy
     * answers false.
     */
    public boolean isShapeCacheable() {
        return true;
    }

    /**
     * Whether the own property {@code key} (a String or Symbol) is exactly what the shape says,
     * so an inline cache may read and write it through the shape alone. Exotic objects answer
     * false for the names they keep elsewhere (an array's "length").
     */
    public boolean ownPropertyIsInShape(Object key) {
        return true;
    }

    /** Whether [[Get]] is ordinary given {@link #getOwnValue}, so callers may walk past this object. */
    protected boolean hasOrdinaryGet() {
        return true;
    }

    /** [[Set]] (10.1.9.1 OrdinarySet). */
    public boolean set(Object key, Object value, Object receiver) {
        if (receiver == this) {
            // An own writable data property: store it directly.
            if (key instanceof Integer) {
                Elements e = elements;
                if (e != null) {
                    long i = PropertyKey.index(key);
                    Object old = e.get(i);
                    if (old != null && (e.flags(i) & (Property.WRITABLE | Property.ACCESSOR)) == Property.WRITABLE) {
                        elements = e.put(i, value);
                        return true;
                    }
                }
            } else {
                Property p = shape.find(key);
                if (p != null && p.isPlainWritable()) {
                    slots[p.slot()] = value;
                    return true;
                }
            }
        }
        return ordinarySet(key, value, receiver);
    }

    /** {@code O.[[Set]](P, V, O)}. */
    public final boolean set(Object key, Object value) {
        return set(key, value, this);
    }

    /** Whether [[Set]] is ordinary, so callers may walk past this object looking for setters. */
    protected boolean hasOrdinarySet() {
        return true;
    }

    /** 10.1.9.2 OrdinarySetWithOwnDescriptor, with the lookup along ordinary prototypes iterated. */
    protected final boolean ordinarySet(Object key, Object value, Object receiver) {
        JSObject o = this;
        PropertyDescriptor ownDesc;
        while (true) {
            ownDesc = o.getOwnProperty(key);
            if (ownDesc != null) break;
            JSObject parent = o.getPrototypeOf();
            if (parent == null) {
                ownDesc = null;
                break;
            }
            if (!parent.hasOrdinarySet()) return parent.set(key, value, receiver);
            o = parent;
        }
        if (ownDesc == null || ownDesc.isDataDescriptor()) {
            if (ownDesc != null && !ownDesc.writable()) return false;
            if (!(receiver instanceof JSObject r)) return false;
            PropertyDescriptor existing = r.getOwnProperty(key);
            if (existing != null) {
                if (existing.isAccessorDescriptor() || !existing.writable()) return false;
                return r.defineOwnProperty(key, new PropertyDescriptor().value(value));
            }
            return r.defineOwnProperty(key, PropertyDescriptor.data(value, true, true, true));
        }
        Object setter = ownDesc.setter();
        if (setter == Undefined.INSTANCE) return false;
        ObjectOperations.call(setter, receiver, value);
        return true;
    }

    /** [[Delete]] (10.1.10.1 OrdinaryDelete). */
    public boolean delete(Object key) {
        if (key instanceof Integer) {
            Elements e = elements;
            if (e == null) return true;
            long i = PropertyKey.index(key);
            if (e.get(i) == null) return true;
            if ((e.flags(i) & Property.CONFIGURABLE) == 0) return false;
            e.remove(i);
            return true;
        }
        Property p = shape.find(key);
        if (p == null) return true;
        if (!p.isConfigurable()) return false;
        removeNamed(p);
        return true;
    }

    /** [[OwnPropertyKeys]] (10.1.11.1 OrdinaryOwnPropertyKeys): indices, strings, then symbols. */
    public List<Object> ownPropertyKeys() {
        List<Object> keys = new ArrayList<>();
        addElementKeys(keys);
        addNamedKeys(keys);
        return keys;
    }

    protected final void addElementKeys(List<Object> keys) {
        Elements e = elements;
        if (e != null) for (long i : e.indices()) keys.add(Integer.valueOf((int) i));
    }

    protected final void addNamedKeys(List<Object> keys) {
        Property[] props = shape.properties();
        for (Property p : props) if (p.key() instanceof String) keys.add(p.key());
        for (Property p : props) if (p.key() instanceof dev.kiln.runtime.value.Symbol) keys.add(p.key());
    }

    /**
     * The value of the data property {@code key} (a String or Symbol) as [[Get]] would find it
     * along the prototype chain, when finding it runs no JavaScript code: {@link #NOT_FOUND} if
     * no object on the chain has the property, null if an accessor or an exotic [[Get]] is in
     * the way. Fast paths use it to check that a built-in method is still the original.
     */
    public final Object peekData(Object key) {
        for (JSObject o = this; o != null; o = o.getPrototypeOf()) {
            if (!o.hasOrdinaryGet()) return null;
            Property p = o.shape.find(key);
            if (p != null) return p.isAccessor() ? null : o.slots[p.slot()];
            if (o.hasOwnProperty(key)) return null; // an exotic own property kept outside the shape
        }
        return NOT_FOUND;
    }

    // ------------------------------------------------------------------ calls

    /**
     * 7.2.2 IsArray for an object: true for Array exotic objects. A Proxy overrides it to look
     * through to its target (throwing a TypeError once revoked).
     */
    public boolean isArray() {
        return false;
    }

    /** IsCallable (7.2.3): whether this object has a [[Call]] internal method. */
    public boolean isCallable() {
        return false;
    }

    /** IsConstructor (7.2.4): whether this object has a [[Construct]] internal method. */
    public boolean isConstructor() {
        return false;
    }

    /** [[Call]]; only callable objects override it. */
    public Object call(Object thisArg, Object... args) {
        throw JSException.typeError("object is not a function");
    }

    /** [[Construct]]; only constructors override it. */
    public Object construct(Object[] args, JSObject newTarget) {
        throw JSException.typeError("object is not a constructor");
    }

    /** 7.3.24 GetFunctionRealm: the realm of a function object; null for other objects. */
    public Realm functionRealm() {
        return null;
    }

    /** Whether this object has an [[IsHTMLDDA]] internal slot (B.3.6): only test262's $262.IsHTMLDDA. */
    public boolean isHTMLDDA() {
        return false;
    }

    /** The tag Object.prototype.toString uses for built-in kinds (20.1.3.6 steps 5-14). */
    public String builtinTag() {
        return "Object";
    }

    // ------------------------------------------------------------------ storage

    /**
     * 10.1.6.3 ValidateAndApplyPropertyDescriptor. {@code o} null checks compatibility only
     * (10.1.6.2 IsCompatiblePropertyDescriptor). Objects with their own storage for some keys
     * override {@link #applyPropertyDescriptor}.
     */
    public static boolean validateAndApplyPropertyDescriptor(JSObject o, Object key, boolean extensible,
                                                              PropertyDescriptor desc, PropertyDescriptor current) {
        if (current == null) {
            if (!extensible) return false;
            if (o == null) return true;
            if (desc.isAccessorDescriptor()) {
                o.applyPropertyDescriptor(key, new Accessor(desc.getter(), desc.setter()), desc.flags() | Property.ACCESSOR);
            } else {
                o.applyPropertyDescriptor(key, desc.value(), desc.flags());
            }
            return true;
        }
        if (desc.isEmpty()) return true;
        if (!current.configurable()) {
            if (desc.hasConfigurable() && desc.configurable()) return false;
            if (desc.hasEnumerable() && desc.enumerable() != current.enumerable()) return false;
            if (!desc.isGenericDescriptor() && desc.isAccessorDescriptor() != current.isAccessorDescriptor()) return false;
            if (current.isAccessorDescriptor()) {
                if (desc.hasGet() && !Comparison.sameValue(desc.getter(), current.getter())) return false;
                if (desc.hasSet() && !Comparison.sameValue(desc.setter(), current.setter())) return false;
            } else if (!current.writable()) {
                if (desc.hasWritable() && desc.writable()) return false;
                if (desc.hasValue()) return Comparison.sameValue(desc.value(), current.value());
            }
        }
        if (o != null) {
            boolean configurable = desc.hasConfigurable() ? desc.configurable() : current.configurable();
            boolean enumerable = desc.hasEnumerable() ? desc.enumerable() : current.enumerable();
            int flags = (configurable ? Property.CONFIGURABLE : 0) | (enumerable ? Property.ENUMERABLE : 0);
            if (current.isDataDescriptor() && desc.isAccessorDescriptor()
                    || current.isAccessorDescriptor() && !desc.isDataDescriptor()) {
                Object getter = desc.hasGet() ? desc.getter() : current.isAccessorDescriptor() ? current.getter() : Undefined.INSTANCE;
                Object setter = desc.hasSet() ? desc.setter() : current.isAccessorDescriptor() ? current.setter() : Undefined.INSTANCE;
                o.applyPropertyDescriptor(key, new Accessor(getter, setter), flags | Property.ACCESSOR);
            } else {
                boolean writable = desc.hasWritable() ? desc.writable() : current.isDataDescriptor() && current.writable();
                Object value = desc.hasValue() ? desc.value() : current.isDataDescriptor() ? current.value() : Undefined.INSTANCE;
                o.applyPropertyDescriptor(key, value, flags | (writable ? Property.WRITABLE : 0));
            }
        }
        return true;
    }

    /** Creates or replaces own property {@code key} in ordinary storage. */
    protected void applyPropertyDescriptor(Object key, Object valueOrAccessor, int flags) {
        if (key instanceof Integer) {
            long i = PropertyKey.index(key);
            Elements e = elements;
            if (e == null) {
                e = flags == Property.DEFAULT && i < DenseElements.MAX_GAP ? DenseElements.emptyFor(valueOrAccessor, (int) i + 1)
                        : new SparseElements();
            }
            elements = e.define(i, valueOrAccessor, flags);
            if (isPrototype) NoElementsProtector.invalidate();
            return;
        }
        Shape known = shape.knownTransition(key, flags);
        if (known != null) {
            // Building the same objects again (a realm's built-ins): the key is surely new.
            store(known, known.addedProperty().slot(), valueOrAccessor);
            return;
        }
        Property p = shape.find(key);
        if (p == null) {
            addNamed(key, valueOrAccessor, flags);
        } else {
            if (p.flags() != flags) shape = shape.changeFlags(p, flags);
            slots[p.slot()] = valueOrAccessor;
        }
    }

    /** Adds a new named property (the caller knows it is absent and the object extensible). */
    public final void addNamed(Object key, Object valueOrAccessor, int flags) {
        Shape s = shape.addProperty(key, flags);
        Property added = s.isDictionary() ? s.find(key) : s.addedProperty();
        store(s, added.slot(), valueOrAccessor);
    }

    /** Moves to shape {@code s} and puts the new property's value in {@code slot}. */
    private void store(Shape s, int slot, Object valueOrAccessor) {
        if (slot >= slots.length) {
            Object[] grown = new Object[Math.max(4, Math.max(slot + 1, slots.length * 2))];
            System.arraycopy(slots, 0, grown, 0, slots.length);
            slots = grown;
        }
        slots[slot] = valueOrAccessor;
        shape = s;
    }

    private void removeNamed(Property p) {
        shape = shape.removeProperty(p);
        slots[p.slot()] = null;
    }

    /**
     * Defines a data property that is known to be new, without validation: for building
     * built-in objects and object literals.
     */
    public final void defineOwn(Object key, Object value, int flags) {
        applyPropertyDescriptor(key, value, flags);
    }

    /** Defines an accessor property that is known to be new, without validation. */
    public final void defineOwnAccessor(Object key, Object getter, Object setter, int flags) {
        applyPropertyDescriptor(key, new Accessor(getter, setter), flags | Property.ACCESSOR);
    }
}
