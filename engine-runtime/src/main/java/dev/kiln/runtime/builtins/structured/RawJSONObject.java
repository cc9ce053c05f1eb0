package dev.kiln.runtime.builtins.structured;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.shape.Property;

/**
 * An object made by JSON.rawJSON (json-parse-with-source): it has the [[IsRawJSON]] internal
 * slot, a null prototype and one frozen, enumerable property {@code rawJSON}, whose text
 * JSON.stringify emits as it is.
 */
final class RawJSONObject extends JSObject {
    private final String rawJSON;

    RawJSONObject(String rawJSON) {
        super(null);
        this.rawJSON = rawJSON;
        // CreateDataPropertyOrThrow, then SetIntegrityLevel(frozen): enumerable only.
        defineOwn("rawJSON", rawJSON, Property.ENUMERABLE);
        preventExtensions();
    }

    /** The text, as ! Get(value, "rawJSON") reads it (the property is frozen). */
    String rawJSON() {
        return rawJSON;
    }
}
