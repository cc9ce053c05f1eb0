package dev.kiln.parser;

/** The {@code kind} argument of CreateDynamicFunction (ECMA-262 20.2.1.1.1): which constructor was called. */
public enum DynamicFunctionKind {
    /** {@code Function(...)} */
    NORMAL("function"),
    /** {@code GeneratorFunction(...)} */
    GENERATOR("function*"),
    /** {@code AsyncFunction(...)} */
    ASYNC("async function"),
    /** {@code AsyncGeneratorFunction(...)} */
    ASYNC_GENERATOR("async function*");

    private final String prefix;

    DynamicFunctionKind(String prefix) {
        this.prefix = prefix;
    }

    /** The source text prefix: {@code function}, {@code function*}, {@code async function}, ... */
    public String prefix() {
        return prefix;
    }

    public boolean isAsync() {
        return this == ASYNC || this == ASYNC_GENERATOR;
    }

    public boolean isGenerator() {
        return this == GENERATOR || this == ASYNC_GENERATOR;
    }
}
