package dev.kiln.codegen;

import java.util.Map;

/**
 * The output of compiling one unit (a script, eval code or a dynamic function): the class
 * file and everything it needs at run time besides. Deterministic for a given source and
 * options, and self-contained, so it can be saved as cached data and defined in any realm.
 *
 * @param className     the binary name of the class
 * @param classBytes    the class file
 * @param sourceName    the file name for stack traces
 * @param sourceText    the source text (Function.prototype.toString, positions)
 * @param constants     the unit's constant table
 * @param functionNames JVM method name to JavaScript function name, for stack traces
 * @param positions     JVM method name to pairs (bytecode offset, source offset)
 * @param templateSites whether the unit has tagged templates, whose template objects belong to
 *                      their Parse Node (13.2.8.4): code compiled at run time with them must be
 *                      compiled again for each evaluation, which parses anew
 */
public record CompiledScript(String className, byte[] classBytes, String sourceName, String sourceText,
                             Object[] constants, Map<String, String> functionNames, Map<String, int[]> positions,
                             boolean templateSites) {
    /** The name of the method holding the unit's top-level code. */
    public static final String ENTRY_METHOD = "script";
}
