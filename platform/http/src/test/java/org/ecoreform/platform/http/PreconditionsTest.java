package org.ecoreform.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecoreform.platform.errors.VersionMismatch;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemKind;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void ifMatchNamesTheVersionsAChangeWasBasedOnWithStrongComparison() {
        Preconditions.expectedVersion("\"v3\"").check(3);
        Preconditions.expectedVersion("\"v1\", \"v3\"").check(3);
        Preconditions.expectedVersion("*").check(3);
        for (String stale : new String[] {"W/\"v3\"", "\"v2\"", "v3", "\"abc\""}) {
            assertThatThrownBy(() -> Preconditions.expectedVersion(stale).check(3))
                    .as(stale)
                    .isInstanceOf(VersionMismatch.class)
                    .hasMessageContaining("current version is v3");
        }
    }

    @Test
    void aMissingIfMatchIs428() {
        assertThatThrownBy(() -> Preconditions.expectedVersion(null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> Preconditions.expectedVersion(" "))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.PRECONDITION_REQUIRED));
    }

    @Test
    void contentTagsAreStableAndDistinct() {
        assertThat(EntityTags.ofContent("{\"a\":1}")).isEqualTo(EntityTags.ofContent("{\"a\":1}"));
        assertThat(EntityTags.ofContent("{\"a\":1}")).isNotEqualTo(EntityTags.ofContent("{\"a\":2}"));
        assertThat(EntityTags.ofVersion(7).getValue()).isEqualTo("v7");
    }
}
