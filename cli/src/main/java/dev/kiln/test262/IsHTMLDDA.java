package dev.kiln.test262;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.value.Null;

/**
 * {@code $262.IsHTMLDDA}: an object with an [[IsHTMLDDA]] internal slot (B.3.6), like a
 * browser's {@code document.all}. The engine gives such objects their Annex B behaviour
 * (typeof "undefined", falsy, loosely equal to null and undefined); this host object adds the
 * call INTERPRETING.md requires: called with no argument or with "", it returns null — as
 * {@code document.all(name)} does for any name that matches no element, so it returns null for
 * every argument.
 */
final class IsHTMLDDA extends JSObject {

    IsHTMLDDA(JSObject prototype) {
        super(prototype);
    }

    @Override
    public boolean isHTMLDDA() {
        return true;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public Object call(Object thisArg, Object... args) {
        return Null.INSTANCE;
    }
}
