package org.ecoreform.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecoreform.measures.domain.ArticleLink;
import org.ecoreform.measures.domain.Framework;
import org.ecoreform.measures.domain.FrameworkArticle;
import org.ecoreform.measures.domain.FrameworkSection;
import org.ecoreform.measures.domain.LinkCandidate;
import org.ecoreform.measures.domain.Measure;
import org.ecoreform.measures.event.FrameworkChangedV1;
import org.ecoreform.measures.event.FrameworkEvents;
import org.ecoreform.measures.event.MeasureEvents;
import org.ecoreform.measures.importer.ArticleMatcher;
import org.ecoreform.measures.importer.FrameworkDocumentParser;
import org.ecoreform.measures.importer.ParsedFramework;
import org.ecoreform.measures.importer.ReferenceTable;
import org.ecoreform.platform.change.Caller;

/**
 * Loads the policy framework once (announcing it on {@code ecoreform.framework.v1}) and links the measures to its articles: the matcher's confident
 * link is added where no decision about that article exists yet (an editor's removal stays removed),
 * and the best candidates of every measure are kept for the link report.
 */
@ApplicationScoped
public class FrameworkLoader {

    /** What a load did; {@code relinked} are measures that existed before and gained a link. */
    public record Result(boolean loaded, int systems, int articles, int linked, int uncertain, List<Measure> relinked) {

        static Result alreadyPresent() {
            return new Result(false, 0, 0, 0, 0, List.of());
        }
    }

    private final EntityManager em;
    private final CatalogueLabels labels;
    private final MeasureEvents events;
    private final FrameworkEvents frameworkEvents;

    public FrameworkLoader(EntityManager em, CatalogueLabels labels, MeasureEvents events, FrameworkEvents frameworkEvents) {
        this.em = em;
        this.labels = labels;
        this.events = events;
        this.frameworkEvents = frameworkEvents;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Result loadIfAbsent(String resource, List<Measure> newMeasures, OffsetDateTime now) {
        if (Framework.findById(FrameworkDocumentParser.FRAMEWORK_ID) != null) {
            return Result.alreadyPresent();
        }
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        ParsedFramework parsed = FrameworkDocumentParser.parse(ReferenceTable.readResource(resource), file, FrameworkDocumentParser.systemNamesEn());
        store(parsed, now);
        frameworkEvents.changed(state(parsed));
        Links links = linkMeasures(parsed.articles(), newMeasures, now);
        return new Result(true, parsed.systems().size(), parsed.articles().size(), links.confident(),
                (int) Measure.count() - links.confident(), links.relinked());
    }

    /**
     * Runs the matcher again over every measure with the stored articles, as a re-import would:
     * editors' decisions (links confirmed, added or removed) are left as they are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Measure> relink(OffsetDateTime now) {
        List<ParsedFramework.Article> articles = FrameworkArticle.<FrameworkArticle>list("order by number").stream()
                .map(a -> new ParsedFramework.Article(a.id, a.number, a.heading, a.text, a.sectionOrdinal, a.systemId, a.provenanceLine))
                .toList();
        List<Measure> relinked = linkMeasures(articles, List.of(), now).relinked();
        relinked.forEach(m -> m.changed(ReferenceDataLoader.IMPORTER, now));
        em.flush();
        labels.statesUncached(relinked).forEach(state -> events.changed(state, Caller.SYSTEM));
        return relinked;
    }

    private record Links(int confident, List<Measure> relinked) {
    }

    /** Candidates for every measure; the confident link added where no decision on that article exists. */
    private Links linkMeasures(List<ParsedFramework.Article> articles, List<Measure> newMeasures, OffsetDateTime now) {
        ArticleMatcher matcher = new ArticleMatcher(articles);
        int confident = 0;
        List<Measure> relinked = new ArrayList<>();
        for (Measure measure : Measure.<Measure>list("order by id")) {
            ArticleMatcher.Match match = matcher.match(measure.id, measure.name, measure.content);
            LinkCandidate.delete("measureId", measure.id);
            em.flush(); // the candidates' keys are reused just below
            for (int rank = 0; rank < match.candidates().size(); rank++) {
                LinkCandidate candidate = new LinkCandidate();
                candidate.measureId = measure.id;
                candidate.rank = rank + 1;
                candidate.articleId = match.candidates().get(rank).articleId();
                candidate.score = BigDecimal.valueOf(match.candidates().get(rank).score());
                candidate.persist();
            }
            if (!match.confident()) {
                continue;
            }
            confident++;
            String article = match.linked().articleId();
            // any entry for the article, an editor's removal included, is a decision already taken
            if (measure.linkTo(article).isEmpty()) {
                ArticleLink link = new ArticleLink();
                link.articleId = article;
                link.score = BigDecimal.valueOf(match.linked().score());
                link.status = ArticleLink.LINKED;
                link.decidedBy = ReferenceDataLoader.IMPORTER;
                link.decidedAt = now;
                measure.articleLinks.add(link);
                if (!newMeasures.contains(measure)) {
                    relinked.add(measure);
                }
            }
        }
        em.flush();
        return new Links(confident, relinked);
    }

    private static void store(ParsedFramework parsed, OffsetDateTime now) {
        Framework framework = new Framework();
        framework.id = parsed.id();
        framework.title = parsed.title();
        framework.sourceFile = parsed.sourceFile();
        framework.importedAt = now;
        framework.persist();
        for (ParsedFramework.Section s : parsed.sections()) {
            FrameworkSection section = new FrameworkSection();
            section.id = String.format("%s-%02d", parsed.id(), s.ordinal());
            section.frameworkId = parsed.id();
            section.ordinal = s.ordinal();
            section.numeral = s.numeral();
            section.heading = s.heading();
            section.systemId = s.systemId();
            section.nameEn = s.systemNameEn();
            section.provenanceLine = s.line();
            section.persist();
        }
        for (ParsedFramework.Article a : parsed.articles()) {
            FrameworkArticle article = new FrameworkArticle();
            article.id = a.id();
            article.frameworkId = parsed.id();
            article.number = a.number();
            article.heading = a.heading();
            article.text = a.text();
            article.sectionOrdinal = a.section();
            article.systemId = a.systemId();
            article.provenanceLine = a.line();
            article.persist();
        }
    }

    /** Reference data loaded once: version 1, and no later version unless a new document is loaded. */
    private static FrameworkChangedV1 state(ParsedFramework parsed) {
        return new FrameworkChangedV1(parsed.id(), parsed.title(), parsed.sourceFile(),
                parsed.systems().stream().map(s -> new FrameworkChangedV1.SystemState(s.systemId(), s.numeral(), s.heading(), s.systemNameEn())).toList(),
                parsed.articles().stream().map(a -> new FrameworkChangedV1.ArticleState(a.id(), a.number(), a.heading(), a.systemId())).toList(),
                1);
    }
}
