package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.parser.Source;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import org.junit.jupiter.api.Test;

/** Lexical bindings read before their initialization throw a ReferenceError. */
class TemporalDeadZoneTest {
    private static String run(String code) {
        Realm realm = new Realm();
        return Conversion.toString(ScriptEvaluator.of(realm).evaluate(new Source("test.js", code)));
    }

    @Test
    void aForInOrOfHeadSeesTheLoopsBindingsUninitialized() {
        assertEquals("ReferenceError", run("let x = 1; try { for (let x in { x }) {} } catch (e) { e.name }"));
        assertEquals("ReferenceError", run("let x = [1]; try { for (const x of x) {} } catch (e) { e.name }"));
        assertEquals("3", run("let x = [1, 2]; var s = 0; for (let y of x) s += y; s"));
    }
}
