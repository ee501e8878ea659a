package org.ecoreform.gateway.store;

import org.ecoreform.gateway.domain.Topics;

/** The aggregate an event is about and its version: what the writers guard every entry with. */
public record AggregateVersion(Topics topic, String key, long version) {}
