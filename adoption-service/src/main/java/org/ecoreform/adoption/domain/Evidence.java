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
        String documentNumber, String title, LocalDate issuedOn, String url, String excerpt, List<Figure> figures) {

    public Evidence {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** A figure achieved or promised: 8 个 环境污染防治人民调解委员会. */
    public record Figure(BigDecimal value, String unit, String what) {}
}
