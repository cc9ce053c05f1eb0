package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.parser.Source;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import org.junit.jupiter.api.Test;

/** References (6.2.5): what is evaluated once, and in which order, for reads followed by writes. */
class ReferenceTest {
    private static String run(String code) {
        Realm realm = new Realm();
        return Conversion.toString(ScriptEvaluator.of(realm).evaluate(new Source("test.js", code)));
    }

    @Test
    void aComputedKeyIsConvertedOnceForReadAndWrite() {
        assertEquals("1 3", run("var n = 0, o = {k: 1}; var key = {toString() { n++; return 'k'; }}; o[key] += 2; n + ' ' + o.k"));
        assertEquals("1 2", run("var n = 0, o = {k: 1}; var key = {toString() { n++; return 'k'; }}; o[key]++; n + ' ' + o.k"));
    }

    @Test
    void aNullBaseFailsBeforeTheKeyIsConverted() {
        assertEquals("TypeError 0", run("var n = 0, base = null; var key = {toString() { n++; return 'k'; }};"
                + " var r; try { base[key] += 1; } catch (e) { r = e.name; } r + ' ' + n"));
    }
}
