package org.ecoreform.gateway.domain;

/**
 * A view document an event wrote: a province's, a measure's or a province-measure document by id,
 * or, for the national document, the map written ({@code catalogue}, {@code matrix}, {@code attainment}).
 */
public record DocumentRef(ViewCollection collection, String id) {}
