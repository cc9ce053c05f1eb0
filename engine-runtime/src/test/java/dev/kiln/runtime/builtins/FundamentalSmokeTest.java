package dev.kiln.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Intrinsic;
import org.junit.jupiter.api.Test;

class FundamentalSmokeTest extends BuiltinsTestSupport {
    @Test
    void intrinsicsAreInstalledAndLinked() {
        JSObject object = realm.intrinsic(Intrinsic.OBJECT);
        assertSame(object, global("Object"));
        assertSame(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE), object.get("prototype"));
        assertSame(object, realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE).get("constructor"));
        assertSame(realm.intrinsic(Intrinsic.FUNCTION), realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE).get("constructor"));
        assertEquals("[object Object]", callOn("Object.prototype.toString", newObject()));
    }
}
