package org.ecoreform.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ecoreform.measures.domain.ArticleLink;
import org.ecoreform.measures.domain.Category;
import org.ecoreform.measures.domain.Framework;
import org.ecoreform.measures.domain.FrameworkArticle;
import org.ecoreform.measures.domain.FrameworkSection;
import org.ecoreform.measures.domain.LinkCandidate;
import org.ecoreform.measures.domain.Measure;
import org.ecoreform.measures.importer.ArticleMatcher;
import org.ecoreform.measures.importer.FrameworkDocumentParser;
import org.ecoreform.measures.importer.FrameworkPlacer;
import org.ecoreform.measures.importer.LinkReview;
import org.ecoreform.measures.service.FrameworkViews.ArticleSummary;
import org.ecoreform.measures.service.FrameworkViews.ArticleView;
import org.ecoreform.measures.service.FrameworkViews.LinkReport;
import org.ecoreform.measures.service.FrameworkViews.MeasureLinks;
import org.ecoreform.measures.service.FrameworkViews.ReportedLink;
import org.ecoreform.measures.service.FrameworkViews.SectionView;
import org.ecoreform.measures.service.FrameworkViews.SystemView;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.reference.Label;

/** Reads of the policy framework: its systems and articles, the measures linked to them, the link report. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FrameworkService {

    static final String SYSTEM_ID = "^F2015-S[1-8]$";
    static final String ARTICLE_ID = "^F2015-A[0-9]{2}$";
    private static final String UNCERTAIN = "uncertain";
    private static final String LINKED = "linked";
    private static final String EDITOR = "editor";

    public FrameworkViews.FrameworkView framework() {
        Framework framework = Framework.<Framework>findByIdOptional(FrameworkDocumentParser.FRAMEWORK_ID)
                .orElseThrow(() -> new NotFound("framework", FrameworkDocumentParser.FRAMEWORK_ID));
        List<FrameworkArticle> articles = articles();
        Map<String, Long> perArticle = measuresPerArticle();
        Map<String, Long> perSystem = measuresPerSystem();
        List<FrameworkSection> sections = sections();
        List<SystemView> systems = sections.stream()
                .filter(s -> s.systemId != null)
                .map(s -> system(s, articles, perArticle, perSystem, false))
                .toList();
        List<SectionView> general = sections.stream()
                .filter(s -> s.systemId == null)
                .map(s -> section(s, articles))
                .toList();
        return new FrameworkViews.FrameworkView(
                framework.id, framework.title, framework.sourceFile, articles.size(), systems, general);
    }

    public SystemView system(String id) {
        FrameworkSection section = FrameworkSection.<FrameworkSection>find("systemId", id)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("framework system", id));
        return system(section, articles(), measuresPerArticle(), measuresPerSystem(), true);
    }

    public List<ArticleSummary> articles(String systemFilter) {
        Optional<String> system =
                QueryParams.optional("system", systemFilter, SYSTEM_ID, "must be a system id such as F2015-S7");
        Map<String, Long> measures = measuresPerArticle();
        return articles().stream()
                .filter(a -> system.map(s -> s.equals(a.systemId)).orElse(true))
                .map(a -> summary(a, measures))
                .toList();
    }

    public ArticleView article(String id) {
        FrameworkArticle article = FrameworkArticle.<FrameworkArticle>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("framework article", id));
        FrameworkSection section = FrameworkSection.<FrameworkSection>find(
                        "frameworkId = ?1 and ordinal = ?2", article.frameworkId, article.sectionOrdinal)
                .singleResult();
        List<FrameworkViews.LinkedMeasure> measures = Measure.<Measure>list(
                        "select distinct m from Measure m join m.articleLinks l where l.articleId = ?1 and l.status = ?2 order by m.id",
                        id,
                        ArticleLink.LINKED)
                .stream()
                .map(m -> {
                    ArticleLink link = m.linkTo(id).orElseThrow();
                    return new FrameworkViews.LinkedMeasure(m.id, m.name, link.score, link.decidedBy);
                })
                .toList();
        Label system = section.systemId == null ? null : new Label(section.systemId, section.heading, section.nameEn);
        return new ArticleView(
                article.id,
                article.number,
                article.heading,
                article.text,
                section(section, articles()),
                system,
                measures,
                new FrameworkViews.Provenance(
                        Framework.<Framework>findById(article.frameworkId).sourceFile, article.provenanceLine));
    }

    /** Every measure: its placement, its links or (uncertain) none, its candidates; the counts, the rule, the categories' table. */
    public LinkReport links(String statusFilter) {
        Optional<String> status =
                QueryParams.optional("status", statusFilter, "^(linked|uncertain)$", "must be linked or uncertain");
        Map<String, String> headings = articles().stream().collect(Collectors.toMap(a -> a.id, a -> a.heading));
        Map<String, List<LinkCandidate>> candidates =
                LinkCandidate.<LinkCandidate>list("order by measureId, rank").stream()
                        .collect(Collectors.groupingBy(c -> c.measureId));
        List<Measure> catalogue = Measure.list("order by id");
        List<MeasureLinks> all = catalogue.stream()
                .map(m -> {
                    List<ReportedLink> links = m.articleLinks.stream()
                            .filter(ArticleLink::linked)
                            .sorted(Comparator.comparing(l -> l.articleId))
                            .map(l -> new ReportedLink(
                                    l.articleId, headings.get(l.articleId), l.score, l.decidedBy, l.rule))
                            .toList();
                    List<ReportedLink> ranked = candidates.getOrDefault(m.id, List.of()).stream()
                            .map(c -> new ReportedLink(c.articleId, headings.get(c.articleId), c.score, null, null))
                            .toList();
                    MeasureState.Placement placement = m.frameworkSystem == null
                            ? null
                            : new MeasureState.Placement(m.frameworkSystem, m.placementBasis, m.placementConfidence);
                    return new MeasureLinks(
                            m.id, m.name, m.categoryId, links.isEmpty() ? UNCERTAIN : LINKED, placement, links, ranked);
                })
                .toList();
        BigDecimal lowest = catalogue.stream()
                .flatMap(m -> m.articleLinks.stream())
                .filter(l -> l.linked() && FrameworkPlacer.CLEAR_BEST.equals(l.rule) && l.score != null)
                .map(l -> l.score)
                .min(Comparator.naturalOrder())
                .orElse(null);
        int linked = (int) all.stream().filter(m -> m.status().equals(LINKED)).count();
        Map<String, Integer> byBasis = new TreeMap<>();
        all.stream()
                .filter(m -> m.placement() != null)
                .forEach(m -> byBasis.merge(m.placement().basis(), 1, Integer::sum));
        Map<String, Integer> linksBy = new TreeMap<>();
        catalogue.stream()
                .flatMap(m -> m.articleLinks.stream())
                .filter(ArticleLink::linked)
                .forEach(l -> linksBy.merge(
                        l.rule != null ? l.rule : LinkReview.REVIEWER.equals(l.decidedBy) ? l.decidedBy : EDITOR,
                        1,
                        Integer::sum));
        FrameworkViews.Rule rule = new FrameworkViews.Rule(
                ArticleMatcher.MIN_SCORE,
                ArticleMatcher.MIN_MARGIN,
                FrameworkPlacer.AGREEMENT_MIN_SCORE,
                FrameworkPlacer.AGREEMENT_MARGIN,
                FrameworkPlacer.AGREEMENT_MAX_RANK);
        return new LinkReport(
                all.size(),
                linked,
                all.size() - linked,
                byBasis.values().stream().mapToInt(Integer::intValue).sum(),
                byBasis,
                linksBy,
                lowest,
                rule,
                categories(all),
                all.stream()
                        .filter(m -> status.map(s -> s.equals(m.status())).orElse(true))
                        .toList());
    }

    private static List<FrameworkViews.CategoryPlacement> categories(List<MeasureLinks> all) {
        return Category.inListOrder().stream()
                .map(c -> {
                    List<MeasureLinks> own =
                            all.stream().filter(m -> c.id.equals(m.category())).toList();
                    Map<String, Integer> placedIn = new TreeMap<>();
                    own.stream()
                            .filter(m -> m.placement() != null)
                            .forEach(m -> placedIn.merge(m.placement().system(), 1, Integer::sum));
                    return new FrameworkViews.CategoryPlacement(
                            c.id,
                            c.nameZh,
                            c.systemId,
                            c.systemWhy,
                            own.size(),
                            (int) own.stream()
                                    .filter(m -> m.status().equals(LINKED))
                                    .count(),
                            placedIn);
                })
                .toList();
    }

    private static SystemView system(
            FrameworkSection s,
            List<FrameworkArticle> articles,
            Map<String, Long> perArticle,
            Map<String, Long> perSystem,
            boolean withArticles) {
        List<FrameworkArticle> own =
                articles.stream().filter(a -> s.systemId.equals(a.systemId)).toList();
        return new SystemView(
                s.systemId,
                s.numeral,
                s.heading,
                s.nameEn,
                own.size(),
                perSystem.getOrDefault(s.systemId, 0L),
                s.provenanceLine,
                withArticles ? own.stream().map(a -> summary(a, perArticle)).toList() : null);
    }

    private static SectionView section(FrameworkSection s, List<FrameworkArticle> articles) {
        return new SectionView(
                s.numeral,
                s.heading,
                (int) articles.stream()
                        .filter(a -> a.sectionOrdinal == s.ordinal)
                        .count(),
                s.provenanceLine);
    }

    private static ArticleSummary summary(FrameworkArticle a, Map<String, Long> measures) {
        return new ArticleSummary(a.id, a.number, a.heading, a.systemId, measures.getOrDefault(a.id, 0L));
    }

    private static List<FrameworkArticle> articles() {
        return FrameworkArticle.list("order by number");
    }

    private static List<FrameworkSection> sections() {
        return FrameworkSection.list("order by ordinal");
    }

    private static Map<String, Long> measuresPerArticle() {
        return counts(
                "select l.articleId, count(m) from Measure m join m.articleLinks l where l.status = :linked group by l.articleId");
    }

    /** Measures per system they are placed in (each measure serves one). */
    private static Map<String, Long> measuresPerSystem() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : Measure.getEntityManager()
                .createQuery(
                        "select m.frameworkSystem, count(m) from Measure m "
                                + "where m.frameworkSystem is not null group by m.frameworkSystem",
                        Object[].class)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static Map<String, Long> counts(String jpql) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : Measure.getEntityManager()
                .createQuery(jpql, Object[].class)
                .setParameter("linked", ArticleLink.LINKED)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }
}
