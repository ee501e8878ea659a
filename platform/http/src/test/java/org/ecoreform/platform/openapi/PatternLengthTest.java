package org.ecoreform.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatternLengthTest {

    @Test
    void boundedPatternsGiveTheirLongestMatch() {
        assertThat(PatternLength.maximum("^C[0-9]{2}$")).hasValue(3);
        assertThat(PatternLength.maximum("^[1-9][0-9]{5}$")).hasValue(6);
        assertThat(PatternLength.maximum("^[0-9A-Za-z-]{1,60}$")).hasValue(60);
        assertThat(PatternLength.maximum("^F2015-S[0-9]{1,2}$")).hasValue(9);
        assertThat(PatternLength.maximum("^[a-z][a-z0-9-]{1,39}$")).hasValue(40);
        assertThat(PatternLength.maximum("^\\d{4}-?\\d{2}$")).hasValue(7);
        assertThat(PatternLength.maximum("^[\\]x]{3}$")).hasValue(3);
    }

    @Test
    void unboundedOrUnreadPatternsGiveNone() {
        assertThat(PatternLength.maximum("^[^\\x00-\\x1F\\x7F]*$")).isEmpty();
        assertThat(PatternLength.maximum("^[a-z]+$")).isEmpty();
        assertThat(PatternLength.maximum("^(a|b){2}$")).isEmpty();
        assertThat(PatternLength.maximum("[a-z]{2}")).isEmpty();
        assertThat(PatternLength.maximum("^[a-z]{2,}$")).isEmpty();
        assertThat(PatternLength.maximum("^.{3}$")).isEmpty();
    }
}
