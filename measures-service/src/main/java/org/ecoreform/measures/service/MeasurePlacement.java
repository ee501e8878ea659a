package org.ecoreform.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecoreform.measures.domain.ArticleLink;
import org.ecoreform.measures.domain.Category;
import org.ecoreform.measures.domain.FrameworkArticle;
import org.ecoreform.measures.domain.LinkCandidate;
import org.ecoreform.measures.domain.Measure;
import org.ecoreform.measures.importer.ArticleMatcher;
import org.ecoreform.measures.importer.FrameworkPlacer;
import org.ecoreform.measures.importer.LinkReview;
import org.ecoreform.measures.importer.ParsedFramework;

/**
 * Places measures in the framework ({@link FrameworkPlacer}'s rule): keeps each measure's best
 * candidates, adds the matcher's link where nobody has decided on that article yet, applies the
 * catalogue team's review where no editor has decided since, and stores the system the measure
 * serves with its basis. Called for all measures on every start, and for one measure on each write.
 */
@ApplicationScoped
public class MeasurePlacement {

    private final EntityManager em;
    private volatile Rule rule;

    public MeasurePlacement(EntityManager em) {
        this.em = em;
    }

    /** The matcher over the stored articles, the placer, and the categories' systems: rebuilt after a load. */
    private record Rule(
            ArticleMatcher matcher,
            FrameworkPlacer placer,
            Map<String, String> categorySystems,
            Map<String, List<LinkReview.Decision>> review) {}

    /** After reference data changed (framework, categories): the next placement reads them again. */
    void invalidate() {
        rule = null;
    }

    /**
     * Every measure placed, the review applied; the ones whose links or placement changed are stamped
     * as changed by the importer and answered (to be announced).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Measure> placeAll(OffsetDateTime now) {
        invalidate();
        List<Measure> changed = new ArrayList<>();
        for (Measure measure : Measure.<Measure>list("order by id")) {
            Placed placed = place(measure, now);
            keepCandidates(measure.id, placed.best());
            if (placed.changed()) {
                measure.changed(ReferenceDataLoader.IMPORTER, now);
                changed.add(measure);
            }
        }
        return changed;
    }

    /** Whether a placement changed the measure's links or system, and its best candidates (for {@link #keepCandidates}). */
    public record Placed(boolean changed, List<ArticleMatcher.Candidate> best) {}

    /**
     * Places one measure: the review's decisions where nobody decided since, the matcher's link where no
     * decision on that article exists (an editor's removal stays removed), its system. Answers whether
     * its links or placement changed (not when no framework is loaded) and its best candidates. Touches
     * the measure only, and never flushes: a new measure is placed before it is persisted, so that its
     * first state has it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Placed place(Measure measure, OffsetDateTime now) {
        Rule current = rule();
        if (current == null) {
            return new Placed(false, List.of());
        }
        boolean reviewed = applyReview(measure, current.review().getOrDefault(measure.id, List.of()), now);
        List<ArticleMatcher.Candidate> ranked = current.matcher().ranked(measure.name, measure.content);
        String categorySystem = current.categorySystems().get(measure.categoryId);
        Optional<FrameworkPlacer.Proposal> proposal = current.placer()
                .propose(
                        ranked,
                        categorySystem,
                        article -> current.matcher().supports(measure.name, measure.content, article));
        boolean changed = followText(measure, proposal, now) | reviewed;
        List<FrameworkPlacer.LiveLink> live = measure.articleLinks.stream()
                .filter(ArticleLink::linked)
                .map(l -> new FrameworkPlacer.LiveLink(l.articleId, ReferenceDataLoader.IMPORTER.equals(l.decidedBy)))
                .toList();
        FrameworkPlacer.Placement placement = current.placer().place(live, ranked, categorySystem);
        String system = placement == null ? null : placement.system();
        String basis = placement == null ? null : placement.basis().wireName();
        String confidence = placement == null ? null : placement.confidence().wireName();
        if (!Objects.equals(system, measure.frameworkSystem)
                || !Objects.equals(basis, measure.placementBasis)
                || !Objects.equals(confidence, measure.placementConfidence)) {
            measure.frameworkSystem = system;
            measure.placementBasis = basis;
            measure.placementConfidence = confidence;
            changed = true;
        }
        return new Placed(changed, List.copyOf(ranked.subList(0, Math.min(ArticleMatcher.CANDIDATES, ranked.size()))));
    }

    /**
     * The measure's best candidates (as {@link #place} answered them) for the link report, by rank:
     * rows found by key and updated in place (no query, so no flush). For a new measure, after it is persisted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepCandidates(String measureId, List<ArticleMatcher.Candidate> best) {
        for (int rank = 1; rank <= best.size(); rank++) {
            LinkCandidate.Key key = new LinkCandidate.Key();
            key.measureId = measureId;
            key.rank = rank;
            LinkCandidate candidate = em.find(LinkCandidate.class, key);
            ArticleMatcher.Candidate found = best.get(rank - 1);
            BigDecimal score = BigDecimal.valueOf(found.score());
            if (candidate == null) {
                candidate = new LinkCandidate();
                candidate.measureId = measureId;
                candidate.rank = rank;
                candidate.articleId = found.articleId();
                candidate.score = score;
                em.persist(candidate);
            } else if (!found.articleId().equals(candidate.articleId) || candidate.score.compareTo(score) != 0) {
                candidate.articleId = found.articleId();
                candidate.score = score;
            }
        }
    }

    /**
     * The matcher's links follow the text: its link to an article the text no longer leads to is
     * superseded, and the article it now leads to is linked unless someone decided on it.
     */
    private static boolean followText(
            Measure measure, Optional<FrameworkPlacer.Proposal> proposal, OffsetDateTime now) {
        boolean changed = false;
        String proposed = proposal.map(FrameworkPlacer.Proposal::articleId).orElse(null);
        for (int i = 0; i < measure.articleLinks.size(); i++) {
            ArticleLink l = measure.articleLinks.get(i);
            if (l.linked() && ReferenceDataLoader.IMPORTER.equals(l.decidedBy) && !l.articleId.equals(proposed)) {
                ArticleLink superseded = link(l.articleId, ArticleLink.SUPERSEDED, ReferenceDataLoader.IMPORTER, now);
                superseded.score = l.score;
                superseded.rule = l.rule;
                measure.articleLinks.set(i, superseded);
                changed = true;
            }
        }
        if (proposal.isEmpty()) {
            return changed;
        }
        Optional<ArticleLink> existing = measure.linkTo(proposed);
        boolean open = existing.isEmpty()
                || ReferenceDataLoader.IMPORTER.equals(existing.get().decidedBy)
                        && !existing.get().linked();
        if (open) {
            ArticleLink link = link(proposed, ArticleLink.LINKED, ReferenceDataLoader.IMPORTER, now);
            link.score = BigDecimal.valueOf(proposal.get().score());
            link.rule = proposal.get().rule();
            measure.putLink(link);
            changed = true;
        }
        return changed;
    }

    /** The review's decisions where the matcher's link or nothing stands; an editor's own decision is left alone. */
    private static boolean applyReview(Measure measure, List<LinkReview.Decision> decisions, OffsetDateTime now) {
        boolean changed = false;
        for (LinkReview.Decision decision : decisions) {
            String status = decision.linked() ? ArticleLink.LINKED : ArticleLink.REMOVED;
            Optional<ArticleLink> existing = measure.linkTo(decision.articleId());
            boolean open = existing.isEmpty()
                    || ReferenceDataLoader.IMPORTER.equals(existing.get().decidedBy)
                    || LinkReview.REVIEWER.equals(existing.get().decidedBy) && !status.equals(existing.get().status);
            if (!open) {
                continue;
            }
            ArticleLink reviewed = link(decision.articleId(), status, LinkReview.REVIEWER, now);
            reviewed.score = existing.map(l -> l.score).orElse(null);
            measure.putLink(reviewed);
            changed = true;
        }
        return changed;
    }

    private static ArticleLink link(String articleId, String status, String by, OffsetDateTime now) {
        ArticleLink link = new ArticleLink();
        link.articleId = articleId;
        link.status = status;
        link.decidedBy = by;
        link.decidedAt = now;
        return link;
    }

    /** Read without flushing (FlushMode COMMIT): a measure being written must not be flushed half-placed. */
    private Rule rule() {
        Rule current = rule;
        if (current == null) {
            List<FrameworkArticle> articles = em.createQuery(
                            "from FrameworkArticle order by number", FrameworkArticle.class)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
            if (articles.isEmpty()) {
                return null;
            }
            Map<String, String> systems = new HashMap<>();
            articles.forEach(a -> systems.put(a.id, a.systemId));
            Map<String, String> categories = new HashMap<>();
            em.createQuery("from Category", Category.class).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                    .filter(c -> c.systemId != null)
                    .forEach(c -> categories.put(c.id, c.systemId));
            Map<String, List<LinkReview.Decision>> review = new HashMap<>();
            LinkReview.load()
                    .forEach(d -> review.computeIfAbsent(d.measureId(), k -> new ArrayList<>())
                            .add(d));
            current = new Rule(
                    new ArticleMatcher(articles.stream()
                            .map(a -> new ParsedFramework.Article(
                                    a.id, a.number, a.heading, a.text, a.sectionOrdinal, a.systemId, a.provenanceLine))
                            .toList()),
                    new FrameworkPlacer(systems),
                    categories,
                    review);
            rule = current;
        }
        return current;
    }
}
