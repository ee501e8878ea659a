package org.ecoreform.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A known typo of the source document: the text as published, the corrected form, and why. */
@Embeddable
public record Correction(
        @Column(name = "published") String published,
        @Column(name = "corrected") String corrected,
        @Column(name = "note") String note) {}
