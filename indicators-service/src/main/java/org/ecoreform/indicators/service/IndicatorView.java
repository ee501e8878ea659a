package org.ecoreform.indicators.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator")
public record IndicatorView(
        @Schema(example = "pm25-annual-mean") String id,
        @Schema(example = "细颗粒物（PM2.5）年均浓度") String nameZh,
        @Schema(example = "PM2.5 annual mean concentration") String nameEn,
        @Schema(example = "µg/m³") String unit,

        @Schema(
                enumeration = {"higher", "lower"},
                description = "Which way is better",
                example = "lower")
        String direction,

        @Schema(example = "air") String theme,
        @Schema(example = "1") Long version) {}
