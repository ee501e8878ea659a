package org.ecoreform.indicators.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecoreform.platform.persistence.VersionedRecord;
import org.hibernate.annotations.OptimisticLock;

/**
 * Where a province stands with one assessment or accountability institution ({@link Institution}):
 * planned (a plan commits to it), piloting (in named places) or established (on a document), with
 * the history of how it got there.
 */
@Entity
@Table(name = "accountability")
public class Accountability extends VersionedRecord {

    public static final List<String> STATUSES = List.of("planned", "piloting", "established");

    @Id
    public String id;

    @Column(nullable = false, updatable = false)
    public String province;

    @Column(nullable = false, updatable = false)
    public String institution;

    @Column(nullable = false)
    public String status;

    @Column(name = "due_year")
    public Integer dueYear;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "accountability_place", joinColumns = @JoinColumn(name = "accountability_id"))
    @OrderColumn(name = "position")
    @Column(name = "place")
    public List<String> pilotPlaces = new ArrayList<>();

    /** Append-only; every entry comes with a change of the record, which the lock guards. */
    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @JoinColumn(name = "accountability_id", referencedColumnName = "id", insertable = false, updatable = false)
    @OrderBy("id")
    public List<Entry> history = new ArrayList<>();

    /** One status the institution had from a day, and the document it rests on. */
    @Entity
    @Table(name = "accountability_entry")
    public static class Entry {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;

        @Column(name = "accountability_id", nullable = false, updatable = false)
        public String accountabilityId;

        @Column(nullable = false, updatable = false)
        public String status;

        @Column(name = "effective_on", updatable = false)
        public LocalDate effectiveOn;

        @Column(nullable = false, updatable = false)
        public String narrative;

        @Column(name = "document_number", updatable = false)
        public String documentNumber;

        @Column(name = "document_title", updatable = false)
        public String documentTitle;

        @Column(name = "issued_on", updatable = false)
        public LocalDate issuedOn;

        @Column(updatable = false)
        public String url;

        @Column(name = "recorded_by", nullable = false, updatable = false)
        public String recordedBy;

        @Column(name = "recorded_at", nullable = false, updatable = false)
        public OffsetDateTime recordedAt;
    }
}
