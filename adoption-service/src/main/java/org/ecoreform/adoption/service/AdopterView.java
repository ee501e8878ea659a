package org.ecoreform.adoption.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.reference.Label;

@Schema(name = "Adopter", description = "A province's record adopting a measure")
public record AdopterView(
        Label province,
        @Schema(example = "630000-2021-106-31") String recordId,
        @Schema(example = "630000-2021-106") String planId,
        @Schema(example = "planned") String status,
        @Schema(example = "whole") String scope) {}
