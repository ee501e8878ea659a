package org.ecoreform.measures.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecoreform.measures.importer.ParsedFramework;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.contracts.EventTopics;
import org.ecoreform.platform.outbox.Outbox;

/** Announces the policy framework (reference data: published once, when it is loaded). */
@ApplicationScoped
public class FrameworkEvents implements StatePublisher<ParsedFramework> {

    public static final String TOPIC = EventTopics.FRAMEWORK;
    public static final String AGGREGATE = "framework";
    public static final String CHANGED = "org.ecoreform.framework.changed.v1";

    private final Outbox outbox;

    public FrameworkEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Reference data loaded once: version 1, and no later version unless a new document is loaded. */
    @Override
    public void changed(ParsedFramework parsed, Caller caller) {
        FrameworkChangedV1 state = new FrameworkChangedV1(
                parsed.id(),
                parsed.title(),
                parsed.sourceFile(),
                parsed.systems().stream()
                        .map(s -> new FrameworkChangedV1.SystemState(
                                s.systemId(), s.numeral(), s.heading(), s.systemNameEn()))
                        .toList(),
                parsed.articles().stream()
                        .map(a -> new FrameworkChangedV1.ArticleState(a.id(), a.number(), a.heading(), a.systemId()))
                        .toList(),
                1);
        outbox.recordState(TOPIC, AGGREGATE, state.id(), state.version(), CHANGED, state, caller);
    }
}
