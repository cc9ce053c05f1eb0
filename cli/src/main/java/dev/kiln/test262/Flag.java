package dev.kiln.test262;

import java.util.Arrays;
import java.util.Optional;

/** A test's {@code flags:} entry, as listed in test262's INTERPRETING.md. */
public enum Flag {
    ONLY_STRICT("onlyStrict"),
    NO_STRICT("noStrict"),
    MODULE("module"),
    RAW("raw"),
    ASYNC("async"),
    GENERATED("generated"),
    CAN_BLOCK_IS_FALSE("CanBlockIsFalse"),
    CAN_BLOCK_IS_TRUE("CanBlockIsTrue"),
    NON_DETERMINISTIC("non-deterministic");

    private final String yamlName;

    Flag(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The spelling in the frontmatter. */
    public String yamlName() {
        return yamlName;
    }

    public static Optional<Flag> byYamlName(String name) {
        return Arrays.stream(values()).filter(f -> f.yamlName.equals(name)).findFirst();
    }
}
