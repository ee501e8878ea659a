package org.ecoreform.gateway.views;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.ecoreform.gateway.domain.AdopterEntry;
import org.ecoreform.gateway.domain.AdoptionStatus;
import org.ecoreform.gateway.domain.MeasureDocument;
import org.ecoreform.gateway.domain.MeasureView;
import org.ecoreform.gateway.domain.PlanTaskEntry;
import org.ecoreform.gateway.domain.ViewNotFoundException;
import org.ecoreform.gateway.store.ViewDocuments;

/** A measure's view, from its document alone. */
@ApplicationScoped
public class MeasureViewComposer implements ViewComposer {

    private final ViewDocuments documents;
    private final Clock clock;

    public MeasureViewComposer(ViewDocuments documents, Clock clock) {
        this.clock = clock;
        this.documents = documents;
    }

    @Override
    public ViewKind kind() {
        return ViewKind.MEASURE;
    }

    @Override
    public MeasureView compose(String id) {
        MeasureDocument document = documents.measure(id).orElseThrow(() -> new ViewNotFoundException("measure", id));
        List<AdopterEntry> adopters = document.adopters().stream()
                .sorted(Comparator.comparing((AdopterEntry a) -> a.province().id())
                        .thenComparing(AdopterEntry::recordId))
                .toList();
        int provinces = (int) adopters.stream()
                .filter(a -> AdoptionStatus.live(a.status()))
                .map(a -> a.province().id())
                .distinct()
                .count();
        java.time.LocalDate today =
                java.time.LocalDate.now(clock.withZone(org.ecoreform.platform.change.Timestamps.REFORM_TIME_ZONE));
        List<MeasureView.PlanTask> tasks = document.planTasks().stream()
                .sorted(Comparator.comparing(PlanTaskEntry::id))
                .map(t -> new MeasureView.PlanTask(
                        t.id(),
                        t.province(),
                        t.plan(),
                        t.section(),
                        t.text(),
                        t.dueYear(),
                        t.yearly(),
                        t.status(today),
                        t.basis()))
                .toList();
        return new MeasureView(document.stateJson(), adopters, provinces, tasks);
    }
}
