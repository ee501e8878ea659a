package org.ecoreform.indicators.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.indicators.service.TargetViews;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.contracts.EventTopics;
import org.ecoreform.platform.outbox.Outbox;
import org.ecoreform.platform.reference.Label;

/** Announces each stored plan document on its compacted state topic, so that the topics alone rebuild the plans. */
@ApplicationScoped
public class SourceDocumentEvents implements StatePublisher<SourceDocument> {

    public static final String TOPIC = EventTopics.SOURCE_DOCUMENTS;
    public static final String AGGREGATE = "source-document";
    public static final String CHANGED = "org.ecoreform.sourcedocument.changed.v1";

    private final Outbox outbox;

    public SourceDocumentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void changed(SourceDocument document, Caller caller) {
        Label province = TargetViews.province(document.province.strip());
        outbox.recordState(
                TOPIC,
                AGGREGATE,
                String.valueOf(document.id),
                document.version,
                CHANGED,
                SourceDocumentChangedV1.of(document, province),
                caller);
    }
}
