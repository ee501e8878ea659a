package org.ecoreform.indicators.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.indicators.service.DocumentView;
import org.ecoreform.indicators.service.IndicatorView;
import org.ecoreform.indicators.service.ObservationView;
import org.ecoreform.platform.paging.PageOf;

/** The schemas of this service's lists in the API document (see {@link PageOf}); never built. */
final class ApiPages {

    private ApiPages() {}

    @Schema(name = "AccountabilityPage")
    static final class AccountabilityPage extends PageOf<AccountabilityResponse> {}

    @Schema(name = "IndicatorPage")
    static final class IndicatorPage extends PageOf<IndicatorView> {}

    @Schema(name = "SourceDocumentPage")
    static final class SourceDocumentPage extends PageOf<DocumentView> {}

    @Schema(name = "ObservationPage")
    static final class ObservationPage extends PageOf<ObservationView> {}

    @Schema(name = "PlanTaskPage")
    static final class PlanTaskPage extends PageOf<PlanTaskResponse> {}

    @Schema(name = "TargetPage")
    static final class TargetPage extends PageOf<TargetResponse> {}

    /** The answer of a relink run. */
    @Schema(name = "RelinkResult")
    static final class RelinkResult {
        @Schema(required = true, description = "How many tasks' links changed", minimum = "0", maximum = "100000")
        public int changed;
    }
}
