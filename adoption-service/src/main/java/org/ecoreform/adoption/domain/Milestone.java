package org.ecoreform.adoption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A commitment of a record: due by a date (null when the notice names none), what, and the counted
 * figure it promises (打造示范基地 50 个; 选择 1 到 2 个 县: {@code figureUpTo} 2), when it counts one.
 */
@Embeddable
public record Milestone(
        @Column(name = "due_on") LocalDate dueOn,
        @Column(name = "description") String description,
        @Column(name = "done") boolean done,
        @Column(name = "figure_value") BigDecimal figureValue,
        @Column(name = "figure_unit") String figureUnit,
        @Column(name = "figure_what") String figureWhat,
        @Column(name = "figure_up_to") BigDecimal figureUpTo) {

    public Milestone {
        figureValue = plain(figureValue);
        figureUpTo = plain(figureUpTo);
    }

    public static Milestone of(LocalDate dueOn, String description, boolean done) {
        return new Milestone(dueOn, description, done, null, null, null, null);
    }

    /** 50.0000 as stored → 50, so that a milestone read back equals the one written. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
