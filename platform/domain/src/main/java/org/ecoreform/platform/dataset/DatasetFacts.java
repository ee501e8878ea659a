package org.ecoreform.platform.dataset;

import java.time.OffsetDateTime;

/** How many rows a dataset's download has now, and when the last of them changed (null when it has none). */
public record DatasetFacts(long rows, OffsetDateTime lastChange) {}
