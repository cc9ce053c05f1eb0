package dev.kiln.runtime.link;

import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import java.util.Arrays;

/** Template objects of tagged templates (13.2.8.4 GetTemplateObject steps 8-13). */
final class TemplateObjects {
    private TemplateObjects() {}

    static Object create(Realm realm, Object[] strings) {
        int n = strings.length / 2;
        ArrayObject template = ArrayObject.of(realm, Arrays.copyOfRange(strings, 0, n));
        ArrayObject raw = ArrayObject.of(realm, Arrays.copyOfRange(strings, n, 2 * n));
        ObjectOperations.setIntegrityLevel(raw, ObjectOperations.IntegrityLevel.FROZEN);
        template.defineOwn("raw", raw, 0);
        ObjectOperations.setIntegrityLevel(template, ObjectOperations.IntegrityLevel.FROZEN);
        return template;
    }
}
