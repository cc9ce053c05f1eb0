package dev.kiln.runtime.object;

/** An immutable prototype exotic object (ECMA-262 10.4.7): %Object.prototype%. */
public final class ImmutablePrototypeObject extends JSObject {
    public ImmutablePrototypeObject(JSObject prototype) {
        super(prototype);
    }

    /** 10.4.7.1 [[SetPrototypeOf]] via 10.4.7.2 SetImmutablePrototype. */
    @Override
    public boolean setPrototypeOf(JSObject v) {
        return v == getPrototypeOf();
    }
}
