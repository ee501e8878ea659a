package org.ecoreform.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A measure's link to an article of the policy framework: made by the matcher (with its score) or
 * decided by an editor; a removed link is kept, so the editor's decision outlives re-imports. Entries
 * are never deleted (positions and the one entry per article stay put): a status says what holds.
 */
@Embeddable
public class ArticleLink {

    public static final String LINKED = "linked";
    public static final String REMOVED = "removed";
    /** The matcher's own link, withdrawn when the measure's text no longer leads to it (not a decision: it may come back). */
    public static final String SUPERSEDED = "superseded";

    @Column(name = "article_id", nullable = false)
    public String articleId;

    public BigDecimal score;

    @Column(nullable = false)
    public String status;

    /** For the matcher's links, the rule that made it (clear-best, category-agreement); null for decisions. */
    public String rule;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    public boolean linked() {
        return LINKED.equals(status);
    }
}
