package dev.kiln.codegen;

import java.util.List;
import java.util.Map;

/**
 * The output of compiling one unit (a script, eval code or a dynamic function): its class files
 * and everything they need at run time besides. Deterministic for a given source and options,
 * and self-contained, so it can be saved as cached data and defined in any realm.
 *
 * @param classes       the class files: one, or several when the unit's constants need more than
 *                      one constant pool; the first holds the entry method
 * @param sourceName    the file name for stack traces
 * @param sourceText    the source text (Function.prototype.toString, positions)
 * @param constants     the unit's constant table
 * @param functionNames JVM method name to JavaScript function name, for stack traces (method
 *                      names are unique across the unit's classes)
 * @param positions     JVM method name to pairs (bytecode offset, source offset); a source offset
 *                      of {@link #NO_FRAME} marks code whose frame stack traces leave out
 * @param templateSites whether the unit has tagged templates, whose template objects belong to
 *                      their Parse Node (13.2.8.4): code compiled at run time with them must be
 *                      compiled again for each evaluation, which parses anew
 */
public record CompiledScript(List<ClassFile> classes, String sourceName, String sourceText, Object[] constants,
                             Map<String, String> functionNames, Map<String, int[]> positions,
                             boolean templateSites) {
    /** The name of the method holding the unit's top-level code. */
    public static final String ENTRY_METHOD = "script";

    /**
     * The source offset of code in a method of a split function that calls a piece of it: the
     * piece's frame stands for the function in a stack trace, the caller's is left out.
     */
    public static final int NO_FRAME = -2;

    /** One class file of the unit. */
    public record ClassFile(String name, byte[] bytes) {}

    /** The binary name of the class holding the entry method. */
    public String className() {
        return classes.get(0).name();
    }
}
