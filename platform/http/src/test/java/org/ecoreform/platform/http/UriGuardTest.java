package org.ecoreform.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UriGuardTest {

    @Test
    void findsEncodedControlCharacters() {
        assertThat(UriGuard.encodesControlCharacter("/api/v1/measures/x%00y")).isTrue();
        assertThat(UriGuard.encodesControlCharacter("/api/v1/measures?q=%1B%5B31m"))
                .isTrue();
        assertThat(UriGuard.encodesControlCharacter("/api/v1/measures?q=%E6%9E%97"))
                .isFalse();
    }

    @Test
    void findsEncodedDotSegmentsOnlyInThePath() {
        assertThat(UriGuard.encodesDotSegment("/api/v1/framework/articles/%2E%2E"))
                .isTrue();
        assertThat(UriGuard.encodesDotSegment("/api/v1/framework/articles/.%2e/x"))
                .isTrue();
        assertThat(UriGuard.encodesDotSegment("/api/v1/measures/%2E")).isTrue();
        assertThat(UriGuard.encodesDotSegment("/api/v1/measures/N2020-01%2E")).isFalse();
        assertThat(UriGuard.encodesDotSegment("/api/v1/measures?q=%2E%2E")).isFalse();
        assertThat(UriGuard.encodesDotSegment("/api/v1/measures/N2020-01")).isFalse();
    }
}
