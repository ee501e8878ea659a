package org.ecoreform.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemKind;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    private static final jakarta.ws.rs.core.EntityTag CURRENT = new jakarta.ws.rs.core.EntityTag("v3");

    @Test
    void strongComparisonOfIfMatch() {
        assertThat(Preconditions.matches("\"v3\"", CURRENT)).isTrue();
        assertThat(Preconditions.matches("\"v1\", \"v3\"", CURRENT)).isTrue();
        assertThat(Preconditions.matches("*", CURRENT)).isTrue();
        assertThat(Preconditions.matches("W/\"v3\"", CURRENT)).isFalse();
        assertThat(Preconditions.matches("\"v2\"", CURRENT)).isFalse();
        assertThat(Preconditions.matches("v3", CURRENT)).isFalse();
    }

    @Test
    void missingIs428AndStaleIs412() {
        assertThatThrownBy(() -> Preconditions.requireIfMatch(null, CURRENT))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> Preconditions.requireIfMatch("\"v2\"", CURRENT))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.PRECONDITION_FAILED));
    }

    @Test
    void contentTagsAreStableAndDistinct() {
        assertThat(EntityTags.ofContent("{\"a\":1}")).isEqualTo(EntityTags.ofContent("{\"a\":1}"));
        assertThat(EntityTags.ofContent("{\"a\":1}")).isNotEqualTo(EntityTags.ofContent("{\"a\":2}"));
        assertThat(EntityTags.ofVersion(7).getValue()).isEqualTo("v7");
    }
}
