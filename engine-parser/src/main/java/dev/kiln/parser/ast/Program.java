package dev.kiln.parser.ast;

/**
 * The root: a Script or Module (or a dynamic function's synthesized source). {@code strict} is true for modules,
 * strict scripts, and scripts whose directive prologue holds "use strict".
 */
public record Program(dev.kiln.parser.Source source, int start, int end, SourceType sourceType, boolean strict, java.util.List<ModuleItem> body) implements Node {
}
