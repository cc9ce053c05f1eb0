package dev.kiln.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkipListTest {

    @Test
    void skipsByFeatureForTheExecutorsNamed() {
        SkipList list = SkipList.parse(List.of("# comment", "", "Temporal run  # until the Temporal issue",
                "decorators parse run"), "skip-features.txt");
        Frontmatter temporal = Frontmatter.of("/*---\nfeatures: [class, Temporal]\n---*/");
        assertEquals(Optional.of("feature Temporal"), list.skipReason(temporal, "run"));
        assertEquals(Optional.empty(), list.skipReason(temporal, "parse"));
        Frontmatter decorators = Frontmatter.of("/*---\nfeatures: [decorators]\n---*/");
        assertEquals(Optional.of("feature decorators"), list.skipReason(decorators, "parse"));
        assertEquals(Optional.empty(), list.skipReason(Frontmatter.of("/*---\n---*/"), "run"));
    }

    @Test
    void aFeatureMustNameItsExecutors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SkipList.parse(List.of("# x", "Temporal"), "skip-features.txt"));
        assertEquals("skip-features.txt:2: feature 'Temporal' names no executor to skip it for (e.g. 'parse' or 'run')",
                e.getMessage());
    }
}
