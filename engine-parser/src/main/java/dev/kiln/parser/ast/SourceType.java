package dev.kiln.parser.ast;

/** Whether a Program is a Script or a Module (ECMA-262 16.1, 16.2). */
public enum SourceType {
    SCRIPT,
    MODULE;
}
