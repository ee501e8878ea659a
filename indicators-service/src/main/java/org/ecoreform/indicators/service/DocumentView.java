package org.ecoreform.indicators.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** What a shipped or imported plan document contributed, duplicates included. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(
        Long id,
        String file,
        String province,
        String title,
        String documentNumber,
        LocalDate issuedOn,
        String importedBy,
        int targetCount,
        Long duplicateOf) {}
