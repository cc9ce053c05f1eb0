package dev.kiln.parser.unicode;

/**
 * A Unicode property (or property value) that a RegExp property escape can name, resolved to its
 * canonical spelling: {@code \p{gc=Lu}} and {@code \p{Lu}} are both
 * {@code (GENERAL_CATEGORY, "Uppercase_Letter")}; {@code \p{Alpha}} is {@code (BINARY, "Alphabetic")}.
 *
 * @param kind the property, or for binary properties and properties of strings, the kind of property
 * @param name the canonical value (General_Category, Script, Script_Extensions) or canonical
 *             property name (binary properties, properties of strings)
 */
public record UnicodeProperty(Kind kind, String name) {

    public enum Kind {
        GENERAL_CATEGORY,
        SCRIPT,
        SCRIPT_EXTENSIONS,
        BINARY,
        /** A binary property of strings (ECMA-262 table-binary-unicode-properties-of-strings). */
        STRINGS
    }

    /** Whether the property may match sequences of more than one code point (MayContainStrings). */
    public boolean isPropertyOfStrings() {
        return kind == Kind.STRINGS;
    }
}
