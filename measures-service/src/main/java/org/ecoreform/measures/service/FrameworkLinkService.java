package org.ecoreform.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.ecoreform.measures.domain.ArticleLink;
import org.ecoreform.measures.domain.FrameworkArticle;
import org.ecoreform.measures.domain.LinkCandidate;
import org.ecoreform.measures.domain.Measure;
import org.ecoreform.measures.domain.MeasureStatus;
import org.ecoreform.measures.event.MeasureEvents;
import org.ecoreform.measures.event.MeasureState;
import org.ecoreform.platform.http.EntityTags;
import org.ecoreform.platform.http.Preconditions;
import org.ecoreform.platform.problem.ApiException;

/**
 * A catalogue editor's decisions on a measure's links to the framework: confirm or add a link,
 * remove one. Each is a change of the measure (new version, event, audit entry), and a removal is
 * kept as such, so a later import does not link the article again.
 */
@ApplicationScoped
public class FrameworkLinkService {

    private final EntityManager em;
    private final CatalogueLabels labels;
    private final MeasureEvents events;

    public FrameworkLinkService(EntityManager em, CatalogueLabels labels, MeasureEvents events) {
        this.em = em;
        this.labels = labels;
        this.events = events;
    }

    @Transactional
    public MeasureState link(String measureId, String articleId, String ifMatch, String actor) {
        Measure measure = editable(measureId, ifMatch);
        if (FrameworkArticle.findById(articleId) == null) {
            throw ApiException.notFound("framework article", articleId);
        }
        Optional<ArticleLink> existing = measure.linkTo(articleId);
        if (existing.isPresent() && existing.get().linked() && actor.equals(existing.get().decidedBy)) {
            return labels.stateOf(measure); // already this editor's link: no new version
        }
        ArticleLink decided = decision(articleId, ArticleLink.LINKED, actor);
        decided.score = existing.map(l -> l.score).orElseGet(() -> LinkCandidate.<LinkCandidate>find("measureId = ?1 and articleId = ?2",
                measureId, articleId).firstResultOptional().map(c -> c.score).orElse(null));
        replace(measure, existing, decided);
        return publish(measure, actor);
    }

    @Transactional
    public MeasureState unlink(String measureId, String articleId, String ifMatch, String actor) {
        Measure measure = editable(measureId, ifMatch);
        ArticleLink existing = measure.linkTo(articleId).filter(ArticleLink::linked)
                .orElseThrow(() -> ApiException.notFound("link of " + measureId + " to framework article", articleId));
        ArticleLink removed = decision(articleId, ArticleLink.REMOVED, actor);
        removed.score = existing.score;
        replace(measure, Optional.of(existing), removed);
        return publish(measure, actor);
    }

    private static Measure editable(String measureId, String ifMatch) {
        Measure measure = Measure.<Measure>findByIdOptional(measureId).orElseThrow(() -> ApiException.notFound("measure", measureId));
        Preconditions.requireIfMatch(ifMatch, EntityTags.ofVersion(measure.version()));
        if (measure.status == MeasureStatus.RETIRED) {
            throw ApiException.conflict("measure " + measureId + " is retired and can no longer be edited");
        }
        return measure;
    }

    private static ArticleLink decision(String articleId, String status, String actor) {
        ArticleLink link = new ArticleLink();
        link.articleId = articleId;
        link.status = status;
        link.decidedBy = actor;
        link.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return link;
    }

    /** In place, so positions (and the unique article per measure) never shift. */
    private static void replace(Measure measure, Optional<ArticleLink> existing, ArticleLink decided) {
        if (existing.isPresent()) {
            measure.articleLinks.set(measure.articleLinks.indexOf(existing.get()), decided);
        } else {
            measure.articleLinks.add(decided);
        }
    }

    private MeasureState publish(Measure measure, String actor) {
        measure.changed(actor, OffsetDateTime.now(ZoneOffset.UTC));
        em.flush();
        MeasureState state = labels.stateOf(measure);
        events.changed(state);
        return state;
    }
}
