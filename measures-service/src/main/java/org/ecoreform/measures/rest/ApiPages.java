package org.ecoreform.measures.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.measures.service.CatalogueViews;
import org.ecoreform.measures.service.FrameworkViews;
import org.ecoreform.platform.paging.PageOf;

/** The schemas of this service's lists in the API document (see {@link PageOf}); never built. */
final class ApiPages {

    private ApiPages() {}

    @Schema(name = "MeasurePage")
    static final class MeasurePage extends PageOf<MeasureResponse> {}

    @Schema(name = "MeasureListPage")
    static final class MeasureListPage extends PageOf<CatalogueViews.ListView> {}

    @Schema(name = "CategoryPage")
    static final class CategoryPage extends PageOf<CatalogueViews.CategoryView> {}

    @Schema(name = "DepartmentPage")
    static final class DepartmentPage extends PageOf<CatalogueViews.DepartmentView> {}

    @Schema(name = "FrameworkArticlePage")
    static final class FrameworkArticlePage extends PageOf<FrameworkViews.ArticleSummary> {}

    @Schema(name = "ProvincePage")
    static final class ProvincePage extends PageOf<CatalogueViews.ProvinceView> {}
}
