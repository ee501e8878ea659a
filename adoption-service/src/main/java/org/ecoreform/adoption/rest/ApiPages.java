package org.ecoreform.adoption.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.adoption.service.AdopterView;
import org.ecoreform.adoption.service.AdoptionQueries;
import org.ecoreform.adoption.service.ImportReports;
import org.ecoreform.adoption.service.PlanView;
import org.ecoreform.platform.paging.PageOf;

/** The schemas of this service's lists in the API document (see {@link PageOf}); never built. */
final class ApiPages {

    private ApiPages() {}

    @Schema(name = "AdoptionPage")
    static final class AdoptionPage extends PageOf<AdoptionResponse> {}

    @Schema(name = "ImportRunPage")
    static final class ImportRunPage extends PageOf<ImportReports.ImportRun> {}

    @Schema(name = "AdopterPage")
    static final class AdopterPage extends PageOf<AdopterView> {}

    @Schema(name = "PlanPage")
    static final class PlanPage extends PageOf<PlanView> {}

    @Schema(name = "ResponsibleUnitPage")
    static final class ResponsibleUnitPage extends PageOf<AdoptionQueries.UnitCount> {}
}
