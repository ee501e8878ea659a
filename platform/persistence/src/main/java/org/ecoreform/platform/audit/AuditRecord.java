package org.ecoreform.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** An audit entry as the API shows it; before and after are the aggregate's JSON states. */
@Schema(
        name = "AuditRecord",
        properties =
                @SchemaProperty(
                        name = "service",
                        type = SchemaType.STRING,
                        enumeration = {"measures", "adoption", "indicators"},
                        description = "The service that wrote the entry; only in the gateway's trail of every service"))
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditRecord(
        @Schema(example = "1042") long id,
        @Schema(example = "2026-11-22T09:15:02.114Z") OffsetDateTime occurredAt,

        @Schema(
                description = "Token subject, or \"system\" for reference imports and replication",
                example = "editor-li")
        String actor,

        @Schema(example = "[\"catalogue-editor\"]") List<String> roles,

        @Schema(description = "The token's province claim, for province editors", example = "630000")
        String province,

        @Schema(example = "3f9a1c0b2e7d-1k") String requestId,
        @Schema(example = "PATCH /api/v1/measures/N2020-03") String request,
        @Schema(example = "measure") String aggregateType,
        @Schema(example = "N2020-03") String aggregateId,
        @Schema(example = "4") long version,

        @Schema(
                enumeration = {"created", "updated", "deleted"},
                example = "updated")
        String action,

        @Schema(description = "The state before the change (absent when created)", implementation = Object.class)
        @JsonRawValue
        String before,

        @Schema(description = "The state after the change (absent when deleted)", implementation = Object.class)
        @JsonRawValue
        String after) {

    static AuditRecord of(AuditEntry e) {
        List<String> roles = e.roles.isEmpty() ? List.of() : Arrays.asList(e.roles.split(","));
        return new AuditRecord(
                e.id,
                e.occurredAt,
                e.actor,
                roles,
                e.province,
                e.requestId,
                e.request,
                e.aggregateType,
                e.aggregateId,
                e.aggregateVersion,
                e.action,
                e.beforeState,
                e.afterState);
    }
}
