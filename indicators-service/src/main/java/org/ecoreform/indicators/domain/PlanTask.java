package org.ecoreform.indicators.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecoreform.platform.persistence.VersionedRecord;

/**
 * A dated reform task of a plan: what, due by the end of a year, where the plan states it, whether
 * a completion was reported, and the national measures it became (matched, or decided by an editor).
 */
@Entity
@Table(name = "plan_task")
public class PlanTask extends VersionedRecord {

    public static final String MATCHED = "matched";
    public static final String EDITOR = "editor";
    public static final String REPORTED = "reported";
    public static final String NATIONAL_LIST = "national-list";

    @Id
    public String id;

    @Column(name = "source_document_id", nullable = false, updatable = false)
    public Long sourceDocumentId;

    @Column(nullable = false, updatable = false)
    public String province;

    @Column(nullable = false, updatable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    @Column(name = "due_year", nullable = false)
    public int dueYear;

    /** Due again every this many years from {@code dueYear} on; null when due once. */
    @Column(name = "period_years")
    public Integer periodYears;

    /** The sentence the task belongs to, matched with its text; null for tasks read before it was kept. */
    public String context;

    public String section;

    public String topic;

    @Column(name = "responsible_body")
    public String responsibleBody;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(name = "done_narrative")
    public String doneNarrative;

    @Column(name = "done_document")
    public String doneDocument;

    @Column(name = "done_url")
    public String doneUrl;

    @Column(name = "done_by")
    public String doneBy;

    /** {@link #REPORTED} or {@link #NATIONAL_LIST}; null while not done. */
    @Column(name = "done_basis")
    public String doneBasis;

    /** Whether links were decided against a catalogue (false until the replica first caught up). */
    @Column(nullable = false)
    public boolean linked;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_task_measure", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<Link> measures = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_task_candidate", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<Candidate> candidates = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_task_decision", joinColumns = @JoinColumn(name = "task_id"))
    public Set<Decision> decisions = new HashSet<>();

    /**
     * A measure the task became; {@code score} is the match's, null when an editor linked it, with
     * the phrases the match rests on ('、'-joined) and whether the list names the task's province.
     */
    @Embeddable
    public record Link(
            @Column(name = "measure_id") String measureId,
            @Column(name = "score") BigDecimal score,
            @Column(name = "basis") String basis,
            @Column(name = "phrases") String phrases,
            @Column(name = "proven_in_province") Boolean provenInProvince) {}

    @Embeddable
    public record Candidate(
            @Column(name = "measure_id") String measureId,
            @Column(name = "score") BigDecimal score,
            @Column(name = "phrases") String phrases,
            @Column(name = "proven_in_province") Boolean provenInProvince) {}

    /** An editor's link or unlink of one measure, kept through every later linking. */
    @Embeddable
    public record Decision(
            @Column(name = "measure_id") String measureId,
            @Column(name = "decision") String decision,
            @Column(name = "decided_by") String decidedBy,
            @Column(name = "decided_at") OffsetDateTime decidedAt) {

        public static final String LINK = "link";
        public static final String UNLINK = "unlink";
    }

    /**
     * On {@code today}: done (a completion; for a periodic task, one within its period: this year or
     * last for a yearly one), overdue (its year ended without one) or due.
     */
    public String status(LocalDate today) {
        boolean reported = doneOn != null && (periodYears == null || doneOn.getYear() >= today.getYear() - periodYears);
        if (reported) {
            return "done";
        }
        return today.getYear() > dueYear ? "overdue" : "due";
    }
}
