package org.ecoreform.adoption.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.ecoreform.platform.persistence.VersionedRecord;
import org.hibernate.annotations.OptimisticLock;

/** One row of a province's adoption plan: what it adopts, how, who is responsible, where it stands. */
@Entity
@Table(name = "adoption_record")
public class AdoptionRecord extends VersionedRecord {

    public enum Scope {
        WHOLE,
        PART
    }

    @Id
    public String id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    public String planId;

    @Column(name = "row_number", nullable = false, updatable = false)
    public int rowNumber;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    /** The quoted part adopted ("关于…的相关举措"); null when the whole measure is adopted. */
    @Column(name = "adopted_part")
    public String adoptedPart;

    /** 落实措施: the province's own actions, clean text. */
    @Column(nullable = false)
    public String actions;

    /** The notice's section heading the row stood under, as written. */
    public String section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdoptionStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "adoption_record_measure", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    public List<MeasureLink> measures = new ArrayList<>();

    /** In the plan's order; a unit leads only where the plan marks it 牵头. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "adoption_record_unit", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    public List<ResponsibleUnit> responsibleUnits = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "adoption_record_source", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    @Column(name = "province_code")
    public List<String> sourceProvinces = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "adoption_milestone", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    public List<Milestone> milestones = new ArrayList<>();

    /**
     * Append-only, in the order entries were recorded. Excluded from the lock: every entry is written
     * with a change of the record itself ({@link #changed}), which the lock guards.
     */
    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @JoinColumn(name = "record_id", referencedColumnName = "id", insertable = false, updatable = false)
    @OrderBy("id")
    public List<ProgressEntry> history = new ArrayList<>();

    /** The units' names as the plan writes them, in order. */
    public List<String> writtenUnits() {
        return responsibleUnits.stream().map(u -> u.written).toList();
    }

    public List<String> measureIds() {
        return measures.stream().map(MeasureLink::measureId).toList();
    }

    public ProgressChain progress() {
        return new ProgressChain(history);
    }

    /** Adds an entry the chain admits (see {@link ProgressChain#admit}); the status becomes the chain's last. */
    public void report(ProgressEntry entry) {
        status = progress().admit(entry);
        history.add(entry);
    }
}
