package org.ecoreform.platform.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemKind;

/** Bulk downloads: every record of a dataset in one streamed response, and the data dictionary of each. */
@Path("/api/v1/exports")
@Tag(name = "Exports", description = "Whole datasets in one download, for portals and data teams")
public class ExportResource {

    private final ExportSource source;

    public ExportResource(ExportSource source) {
        this.source = source;
    }

    /** The datasets offered. */
    public record ExportList(List<ExportDatasetDescription> items) {}

    @GET
    @Produces(MediaTypes.JSON_UTF8)
    @Operation(
            operationId = "listExports",
            description =
                    "Each dataset with its columns (name, type, description) and the addresses of its CSV and NDJSON downloads. Cached "
                            + "for 60 s.",
            summary = "Every dataset that can be downloaded whole, with its data dictionary and download addresses")
    @APIResponse(
            responseCode = "200",
            description = "The datasets",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ExportList.class),
                            examples =
                                    @ExampleObject(
                                            name = "datasets",
                                            value = "{\"items\":[{\"name\":\"measures\",\"title\":\"National "
                                                    + "catalogue of reform measures\",\"columns\":"
                                                    + "[{\"name\":\"id\",\"type\":\"string\",\"description\":\"Measure id\"}],"
                                                    + "\"downloads\":{\"csv\":\"/api/v1/exports/measures.csv\","
                                                    + "\"ndjson\":\"/api/v1/exports/measures.ndjson\"}}]}")))
    public Response list() {
        List<ExportDatasetDescription> items = source.datasets().stream()
                .map(ExportDatasetDescription::withDownloads)
                .sorted(Comparator.comparing(ExportDatasetDescription::name))
                .toList();
        return Response.ok(new ExportList(items))
                .header("Cache-Control", "public, max-age=60")
                .build();
    }

    @GET
    @Path("/{dataset: [a-z][a-z-]*}.{format: [a-z]+}")
    @Produces({"text/csv", "application/x-ndjson"})
    @Operation(
            operationId = "downloadExport",
            summary = "Every record of one dataset, streamed",
            description =
                    "CSV starts with a UTF-8 byte order mark (Excel then reads Chinese text), lists are joined with \";\", "
                            + "and text cells starting with = + - @ get a leading apostrophe so that no formula runs when the file is "
                            + "opened. NDJSON has one JSON object per line, lists as arrays. The server holds one page of records at a "
                            + "time, so the size of a download has no limit; it reflects the data as it is while it is being read.")
    @APIResponse(
            responseCode = "200",
            description = "The whole dataset",
            content = {
                @Content(mediaType = "text/csv", example = "\uFEFFid,listCode,number,...\r\nN2020-01,N2020,1,..."),
                @Content(
                        mediaType = "application/x-ndjson",
                        example = "{\"id\":\"N2020-01\",\"listCode\":\"N2020\",\"number\":1}")
            })
    @APIResponse(responseCode = "404", description = "No such dataset or format")
    public Response download(
            @Parameter(example = "measures") @PathParam("dataset") String dataset,
            @Parameter(example = "csv") @PathParam("format") String extension,
            @HeaderParam("Accept-Encoding") String acceptEncoding) {
        ExportFormat format = ExportFormat.ofExtension(extension)
                .orElseThrow(() -> new ApiException(
                        ProblemKind.NOT_FOUND,
                        "No format " + extension + "; datasets are offered as .csv and .ndjson"));
        ExportSource.Download download = source.open(dataset, format, acceptEncoding)
                .orElseThrow(() -> new ApiException(
                        ProblemKind.NOT_FOUND, "No dataset " + dataset + "; GET /api/v1/exports lists them"));
        Response.ResponseBuilder response = Response.ok(download.body(), format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + dataset + "." + format.extension() + "\"")
                .header("Cache-Control", "no-store");
        download.headers().forEach(response::header);
        return response.build();
    }
}
