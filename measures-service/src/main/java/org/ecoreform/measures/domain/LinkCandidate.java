package org.ecoreform.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One of the matcher's best articles for a measure, ranked from 1, kept for the link report. */
@Entity
@Table(name = "measure_article_candidate")
@IdClass(LinkCandidate.Key.class)
public class LinkCandidate extends PanacheEntityBase {

    @Id
    @Column(name = "measure_id")
    public String measureId;

    @Id
    public int rank;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    @Column(nullable = false)
    public BigDecimal score;

    public static class Key implements Serializable {
        public String measureId;
        public int rank;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && rank == key.rank && Objects.equals(measureId, key.measureId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(measureId, rank);
        }
    }
}
