package org.ecoreform.adoption.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.adoption.service.PlanInput;
import org.ecoreform.platform.problem.ApiException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A notice uploaded as a file (multipart/form-data): the plan's fields and the table, as CSV or .xlsx. */
@Schema(name = "NoticeUpload")
public class NoticeUploadForm {

    @RestForm
    @Schema(example = "620000", required = true, pattern = "^[1-9][0-9]{5}$")
    public String province;

    @RestForm
    @Schema(example = "甘肃省发展和改革委员会", required = true, maxLength = 200)
    public String issuingBody;

    @RestForm
    @Schema(example = "甘发改环资〔2021〕31号", required = true, maxLength = 200)
    public String documentNumber;

    @RestForm
    @Schema(example = "2021-06-01", format = "date", required = true)
    public String issuedOn;

    @RestForm
    @Schema(example = "关于推广国家生态文明试验区改革举措和经验做法的通知", required = true, maxLength = 500)
    public String title;

    @RestForm
    @Schema(
            type = SchemaType.STRING,
            format = "binary",
            required = true,
            description =
                    "The table as an .xlsx workbook (its first sheet) or as UTF-8 CSV; columns found by their header as for pasted text")
    public FileUpload table;

    /** The plan the form describes (validated by the caller); a date that is not one is a 400. */
    PlanInput plan() {
        LocalDate issued = null;
        if (issuedOn != null && !issuedOn.isBlank()) {
            try {
                issued = LocalDate.parse(issuedOn.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("issuedOn", "must be a date (yyyy-MM-dd)");
            }
        }
        return new PlanInput(province, issuingBody, documentNumber, issued, title);
    }
}
