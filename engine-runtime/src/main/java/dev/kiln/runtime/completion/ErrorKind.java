package dev.kiln.runtime.completion;

/** The native error types (ECMA-262 20.5.5, 20.5.7) plus Error itself, by constructor name. */
public enum ErrorKind {
    ERROR("Error"),
    EVAL_ERROR("EvalError"),
    RANGE_ERROR("RangeError"),
    REFERENCE_ERROR("ReferenceError"),
    SYNTAX_ERROR("SyntaxError"),
    TYPE_ERROR("TypeError"),
    URI_ERROR("URIError"),
    AGGREGATE_ERROR("AggregateError");

    private final String constructorName;

    ErrorKind(String constructorName) {
        this.constructorName = constructorName;
    }

    public String constructorName() {
        return constructorName;
    }
}
