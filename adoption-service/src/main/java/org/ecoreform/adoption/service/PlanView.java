package org.ecoreform.adoption.service;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.reference.Label;

@Schema(name = "Plan", description = "A province's adoption notice and its records' standing")
public record PlanView(
        @Schema(example = "630000-2021-106") String id,
        Label province,
        @Schema(example = "青海省发展和改革委员会") String issuingBody,
        @Schema(example = "青发改生态〔2021〕106号") String documentNumber,
        @Schema(example = "2021-02-25") LocalDate issuedOn,
        String title,
        @Schema(example = "002_05979245d1a96796.txt") String sourceFile,
        @Schema(example = "52") long recordCount,

        @Schema(description = "Records per status", example = "{\"planned\": 52}")
        Map<String, Long> statusCounts) {}
