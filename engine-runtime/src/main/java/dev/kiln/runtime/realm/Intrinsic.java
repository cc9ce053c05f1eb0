package dev.kiln.runtime.realm;

/**
 * The well-known intrinsic objects of a realm (ECMA-262 6.1.7.4), by their spec names. Each
 * realm keeps one array indexed by this enum; a family of built-ins fills its entries when the
 * realm is created.
 */
public enum Intrinsic {
    OBJECT("%Object%"),
    OBJECT_PROTOTYPE("%Object.prototype%"),
    OBJECT_PROTOTYPE_TO_STRING("%Object.prototype.toString%"),
    FUNCTION("%Function%"),
    FUNCTION_PROTOTYPE("%Function.prototype%"),
    FUNCTION_PROTOTYPE_APPLY("%Function.prototype.apply%"),
    FUNCTION_PROTOTYPE_CALL("%Function.prototype.call%"),
    THROW_TYPE_ERROR("%ThrowTypeError%"),
    ARRAY("%Array%"),
    ARRAY_PROTOTYPE("%Array.prototype%"),
    ARRAY_PROTOTYPE_VALUES("%Array.prototype.values%"),
    ARRAY_ITERATOR_PROTOTYPE("%ArrayIteratorPrototype%"),
    ARRAY_ITERATOR_PROTOTYPE_NEXT("%ArrayIteratorPrototype.next%"),
    ITERATOR("%Iterator%"),
    ITERATOR_PROTOTYPE("%Iterator.prototype%"),
    ITERATOR_HELPER_PROTOTYPE("%IteratorHelperPrototype%"),
    WRAP_FOR_VALID_ITERATOR_PROTOTYPE("%WrapForValidIteratorPrototype%"),
    STRING("%String%"),
    STRING_PROTOTYPE("%String.prototype%"),
    STRING_ITERATOR_PROTOTYPE("%StringIteratorPrototype%"),
    BOOLEAN("%Boolean%"),
    BOOLEAN_PROTOTYPE("%Boolean.prototype%"),
    NUMBER("%Number%"),
    NUMBER_PROTOTYPE("%Number.prototype%"),
    BIGINT("%BigInt%"),
    BIGINT_PROTOTYPE("%BigInt.prototype%"),
    SYMBOL("%Symbol%"),
    SYMBOL_PROTOTYPE("%Symbol.prototype%"),
    ERROR("%Error%"),
    ERROR_PROTOTYPE("%Error.prototype%"),
    EVAL_ERROR("%EvalError%"),
    EVAL_ERROR_PROTOTYPE("%EvalError.prototype%"),
    RANGE_ERROR("%RangeError%"),
    RANGE_ERROR_PROTOTYPE("%RangeError.prototype%"),
    REFERENCE_ERROR("%ReferenceError%"),
    REFERENCE_ERROR_PROTOTYPE("%ReferenceError.prototype%"),
    SYNTAX_ERROR("%SyntaxError%"),
    SYNTAX_ERROR_PROTOTYPE("%SyntaxError.prototype%"),
    TYPE_ERROR("%TypeError%"),
    TYPE_ERROR_PROTOTYPE("%TypeError.prototype%"),
    URI_ERROR("%URIError%"),
    URI_ERROR_PROTOTYPE("%URIError.prototype%"),
    AGGREGATE_ERROR("%AggregateError%"),
    AGGREGATE_ERROR_PROTOTYPE("%AggregateError.prototype%"),
    REG_EXP("%RegExp%"),
    MATH("%Math%"),
    JSON("%JSON%"),
    REFLECT("%Reflect%"),
    DATE("%Date%"),
    DATE_PROTOTYPE("%Date.prototype%"),
    EVAL("%eval%"),
    IS_FINITE("%isFinite%"),
    IS_NAN("%isNaN%"),
    PARSE_FLOAT("%parseFloat%"),
    PARSE_INT("%parseInt%"),
    DECODE_URI("%decodeURI%"),
    DECODE_URI_COMPONENT("%decodeURIComponent%"),
    ENCODE_URI("%encodeURI%"),
    ENCODE_URI_COMPONENT("%encodeURIComponent%"),
    ESCAPE("%escape%"),
    UNESCAPE("%unescape%");

    private final String specName;

    Intrinsic(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }
}
