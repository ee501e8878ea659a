package org.ecoreform.gateway.domain;

import org.ecoreform.platform.reference.Label;

/** A record adopting a measure, as the measure's view lists it. */
public record AdopterEntry(Label province, String recordId, String planId, String status, String scope) {

    public static final String ADOPTERS = "adopters";
}
