package org.ecoreform.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.ecoreform.measures.domain.ArticleLink;
import org.ecoreform.measures.domain.FrameworkArticle;
import org.ecoreform.measures.domain.LinkCandidate;
import org.ecoreform.measures.domain.Measure;
import org.ecoreform.measures.domain.MeasureStatus;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.ExpectedVersion;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.NotFound;

/**
 * A catalogue editor's decisions on a measure's links to the framework: confirm or add a link,
 * remove one. Each is a change of the measure (new version, event, audit entry), and a removal is
 * kept as such, so a later import does not link the article again.
 */
@ApplicationScoped
public class FrameworkLinkService {

    private final EntityManager em;
    private final CatalogueLabels labels;
    private final StatePublisher<MeasureState> events;
    private final MeasurePlacement placement;
    private final Clock clock;

    public FrameworkLinkService(
            EntityManager em,
            CatalogueLabels labels,
            StatePublisher<MeasureState> events,
            MeasurePlacement placement,
            Clock clock) {
        this.clock = clock;
        this.em = em;
        this.labels = labels;
        this.events = events;
        this.placement = placement;
    }

    @Transactional
    public MeasureState link(String measureId, String articleId, ExpectedVersion expected, Caller caller) {
        Measure measure = editable(measureId, expected);
        if (FrameworkArticle.findById(articleId) == null) {
            throw new NotFound("framework article", articleId);
        }
        Optional<ArticleLink> existing = measure.linkTo(articleId);
        if (existing.isPresent() && existing.get().linked() && caller.name().equals(existing.get().decidedBy)) {
            return labels.stateOf(measure); // already this editor's link: no new version
        }
        ArticleLink decided = decision(articleId, ArticleLink.LINKED, caller);
        decided.score = existing.map(l -> l.score)
                .orElseGet(() -> LinkCandidate.<LinkCandidate>find(
                                "measureId = ?1 and articleId = ?2", measureId, articleId)
                        .firstResultOptional()
                        .map(c -> c.score)
                        .orElse(null));
        measure.putLink(decided);
        return publish(measure, caller);
    }

    @Transactional
    public MeasureState unlink(String measureId, String articleId, ExpectedVersion expected, Caller caller) {
        Measure measure = editable(measureId, expected);
        ArticleLink existing = measure.linkTo(articleId)
                .filter(ArticleLink::linked)
                .orElseThrow(() -> new NotFound("link of " + measureId + " to framework article", articleId));
        ArticleLink removed = decision(articleId, ArticleLink.REMOVED, caller);
        removed.score = existing.score;
        measure.putLink(removed);
        return publish(measure, caller);
    }

    private static Measure editable(String measureId, ExpectedVersion expected) {
        Measure measure =
                Measure.<Measure>findByIdOptional(measureId).orElseThrow(() -> new NotFound("measure", measureId));
        expected.check(measure.version());
        if (measure.status == MeasureStatus.RETIRED) {
            throw new Conflict("measure " + measureId + " is retired and can no longer be edited");
        }
        return measure;
    }

    private ArticleLink decision(String articleId, String status, Caller caller) {
        ArticleLink link = new ArticleLink();
        link.articleId = articleId;
        link.status = status;
        link.decidedBy = caller.name();
        link.decidedAt = Timestamps.now(clock);
        return link;
    }

    private MeasureState publish(Measure measure, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        measure.changed(caller.name(), now);
        // the editor's link places it, or its removal lets the category do so
        placement.keepCandidates(measure.id, placement.place(measure, now).best());
        em.flush();
        MeasureState state = labels.stateOf(measure);
        events.changed(state, caller);
        return state;
    }
}
