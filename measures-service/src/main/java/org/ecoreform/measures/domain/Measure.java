package org.ecoreform.measures.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecoreform.platform.persistence.VersionedRecord;

/** A reform measure of the catalogue. */
@Entity
@Table(name = "measure")
public class Measure extends VersionedRecord {

    @Id
    public String id;

    @Column(name = "list_code", nullable = false, updatable = false)
    public String listCode;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "category_id", nullable = false)
    public String categoryId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureStatus status = MeasureStatus.ACTIVE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_source_province", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    @Column(name = "province_code")
    public List<String> sourceProvinces = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_department", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    @Column(name = "department_id")
    public List<String> departments = new ArrayList<>();

    /** Links to the articles of the policy framework, removals included (see {@link ArticleLink}). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_article_link", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    public List<ArticleLink> articleLinks = new ArrayList<>();

    /** The measure's entry for an article, whatever its status (a removal is an entry too). */
    public Optional<ArticleLink> linkTo(String articleId) {
        return articleLinks.stream().filter(l -> l.articleId.equals(articleId)).findFirst();
    }

    /** Where the measure stands in the framework: the system it serves, on what basis, how sure (see FrameworkPlacer). */
    @Column(name = "framework_system")
    public String frameworkSystem;

    @Column(name = "placement_basis")
    public String placementBasis;

    @Column(name = "placement_confidence")
    public String placementConfidence;

    /**
     * Records the decision on a link's article: in place of the entry for that article, if any, so
     * positions (and the one entry per article) never shift; else added.
     */
    public void putLink(ArticleLink link) {
        Optional<ArticleLink> existing = linkTo(link.articleId);
        if (existing.isPresent()) {
            articleLinks.set(articleLinks.indexOf(existing.get()), link);
        } else {
            articleLinks.add(link);
        }
    }

    /** Known typos of its text as published, with their corrected forms: the text itself stays as published. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_correction", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    public List<Correction> corrections = new ArrayList<>();

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "retirement_reason")
    public String retirementReason;
}
