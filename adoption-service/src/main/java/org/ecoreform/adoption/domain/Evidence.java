package org.ecoreform.adoption.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a progress entry rests on: a document (its number, title, date, address), the passage quoted
 * from it, and the figures it reports.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(
        String documentNumber,
        String title,
        LocalDate issuedOn,
        String url,
        String excerpt,
        List<Figure> figures,
        String actDate) {

    public Evidence {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** Evidence whose passage dates no act of its own. */
    public Evidence(
            String documentNumber, String title, LocalDate issuedOn, String url, String excerpt, List<Figure> figures) {
        this(documentNumber, title, issuedOn, url, excerpt, figures, null);
    }

    /** A figure achieved or promised: 8 个 环境污染防治人民调解委员会; {@code upTo} the top of a range (1—2个), else null. */
    public record Figure(BigDecimal value, String unit, String what, BigDecimal upTo) {

        public Figure(BigDecimal value, String unit, String what) {
            this(value, unit, what, null);
        }
    }
}
