package org.ecoreform.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.ecoreform.platform.errors.DomainError;
import org.ecoreform.platform.errors.InvalidValue;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToFiftyFromTheStart() {
        PageRequest request = PageRequest.parse(null, null);
        assertThat(request.limit()).isEqualTo(50);
        assertThat(request.afterKey()).isEmpty();
    }

    @Test
    void aCursorRoundTripsItsKeyIncludingChinese() {
        String cursor = PageRequest.encode("N2020|57·林票");
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(PageRequest.parse("10", cursor).afterKey()).isEqualTo(Optional.of("N2020|57·林票"));
    }

    @Test
    void rejectsLimitsOutsideOneToFiveHundred() {
        for (String limit : List.of("0", "-1", "501", "99999999999", "ten", "1.5")) {
            assertThatThrownBy(() -> PageRequest.parse(limit, null))
                    .isInstanceOfSatisfying(
                            InvalidValue.class,
                            e -> // a 400 with the field named
                            assertThat(e.violations())
                                    .extracting(DomainError.Violation::field)
                                    .containsExactly("limit"));
        }
        assertThat(PageRequest.parse("500", null).limit()).isEqualTo(500);
    }

    @Test
    void rejectsForgedCursors() {
        for (String cursor : List.of(
                "!!!",
                "bm90LWEtY3Vyc29y" /* "not-a-cursor" */,
                PageRequest.encode("").substring(0, 3))) {
            assertThatThrownBy(() -> PageRequest.parse(null, cursor))
                    .isInstanceOf(InvalidValue.class)
                    .hasMessageContaining("cursor");
        }
    }

    @Test
    void aPageOfLimitPlusOneRowsHasANextCursorAtItsLastItem() {
        Page<String> page = Page.of(List.of("a", "b", "c"), 2, key -> key);
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(PageRequest.parse(null, page.nextCursor()).afterKey()).contains("b");
        assertThat(Page.of(List.of("a", "b"), 2, key -> key).nextCursor()).isNull();
    }
}
