package org.ecoreform.platform.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A code with its Chinese and English labels, as every codelist on the wire carries them. */
@Schema(name = "Label", description = "A code with its zh and en labels")
public record Label(
        @Schema(example = "630000") String id,
        @Schema(example = "青海省") String nameZh,
        @Schema(example = "Qinghai") String nameEn) {}
