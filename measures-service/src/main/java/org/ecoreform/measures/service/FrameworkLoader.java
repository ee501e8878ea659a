package org.ecoreform.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.measures.domain.Framework;
import org.ecoreform.measures.domain.FrameworkArticle;
import org.ecoreform.measures.domain.FrameworkSection;
import org.ecoreform.measures.domain.Measure;
import org.ecoreform.measures.importer.FrameworkDocumentParser;
import org.ecoreform.measures.importer.ParsedFramework;
import org.ecoreform.measures.importer.ReferenceTable;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;

/**
 * Loads the policy framework once, announcing it on {@code ecoreform.framework.v1}; the measures are
 * placed in it by {@link MeasurePlacement}.
 */
@ApplicationScoped
public class FrameworkLoader {

    /** What a load did. */
    public record Result(boolean loaded, int systems, int articles) {

        static Result alreadyPresent() {
            return new Result(false, 0, 0);
        }
    }

    private final EntityManager em;
    private final CatalogueLabels labels;
    private final StatePublisher<MeasureState> events;
    private final StatePublisher<ParsedFramework> frameworkEvents;
    private final MeasurePlacement placement;

    public FrameworkLoader(
            EntityManager em,
            CatalogueLabels labels,
            StatePublisher<MeasureState> events,
            StatePublisher<ParsedFramework> frameworkEvents,
            MeasurePlacement placement) {
        this.em = em;
        this.labels = labels;
        this.events = events;
        this.frameworkEvents = frameworkEvents;
        this.placement = placement;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Result loadIfAbsent(String resource, OffsetDateTime now) {
        if (Framework.findById(FrameworkDocumentParser.FRAMEWORK_ID) != null) {
            return Result.alreadyPresent();
        }
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        ParsedFramework parsed = FrameworkDocumentParser.parse(
                ReferenceTable.readResource(resource), file, FrameworkDocumentParser.systemNamesEn());
        store(parsed, now);
        em.flush();
        placement.invalidate();
        frameworkEvents.changed(parsed, Caller.REFERENCE_IMPORT);
        return new Result(true, parsed.systems().size(), parsed.articles().size());
    }

    /**
     * Places every measure again, as a restart does: editors' decisions (links confirmed, added or
     * removed) are left as they are; the measures whose links or placement changed are announced.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Measure> relink(OffsetDateTime now) {
        List<Measure> changed = placement.placeAll(now);
        em.flush();
        labels.statesUncached(changed).forEach(state -> events.changed(state, Caller.REFERENCE_IMPORT));
        return changed;
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
}
