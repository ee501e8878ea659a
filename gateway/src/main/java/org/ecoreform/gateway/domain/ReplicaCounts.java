package org.ecoreform.gateway.domain;

import java.util.Map;
import java.util.Set;

/**
 * Counts the gateway's replicas share through the view store, per scope and key (a rate limit's
 * client): each replica adds what it counted and learns what the others added since it last asked.
 */
public interface ReplicaCounts {

    /**
     * Adds this replica's counts, then answers, for each of {@code watched}, what the other
     * replicas added since this replica's previous exchange (nothing for a key seen the first time).
     */
    Map<String, Long> exchange(String scope, Map<String, Long> added, Set<String> watched);
}
