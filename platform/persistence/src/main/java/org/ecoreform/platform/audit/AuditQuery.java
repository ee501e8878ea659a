package org.ecoreform.platform.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;

/** Reads the audit trail, newest first, keyset-paged on the entry id. */
@ApplicationScoped
public class AuditQuery {

    /** The filters of {@code GET /api/v1/audit}; each is optional. */
    public record Filter(
            Optional<String> aggregateType,
            Optional<String> aggregateId,
            Optional<String> actor,
            Optional<String> province,
            Optional<String> requestId,
            Optional<String> since,
            Optional<String> until) {}

    public Page<AuditRecord> search(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        where(filter, where, parameters);
        page.afterKey().ifPresent(key -> condition(where, parameters, "id < :after", "after", entryId(key)));
        String query = String.join(" and ", where);
        List<AuditEntry> rows = (where.isEmpty()
                        ? AuditEntry.<AuditEntry>findAll(Sort.descending("id"))
                        : AuditEntry.<AuditEntry>find(query, Sort.descending("id"), parameters))
                .page(0, page.limit() + 1)
                .list();
        return Page.of(rows, page.limit(), e -> e.id.toString()).map(AuditRecord::of);
    }

    /** How many entries match the filter, on every page. */
    public long count(Filter filter) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        where(filter, where, parameters);
        return where.isEmpty() ? AuditEntry.count() : AuditEntry.count(String.join(" and ", where), parameters);
    }

    private static void where(Filter filter, List<String> where, Parameters parameters) {
        filter.aggregateType().ifPresent(v -> condition(where, parameters, "aggregateType = :type", "type", v));
        filter.aggregateId().ifPresent(v -> condition(where, parameters, "aggregateId = :aggregate", "aggregate", v));
        filter.actor().ifPresent(v -> condition(where, parameters, "actor = :actor", "actor", v));
        filter.province().ifPresent(v -> condition(where, parameters, "province = :province", "province", v));
        filter.requestId().ifPresent(v -> condition(where, parameters, "requestId = :requestId", "requestId", v));
        filter.since()
                .ifPresent(v -> condition(where, parameters, "occurredAt >= :since", "since", instant("since", v)));
        filter.until()
                .ifPresent(v -> condition(where, parameters, "occurredAt < :until", "until", instant("until", v)));
    }

    public Optional<AuditRecord> byId(long id) {
        return AuditEntry.<AuditEntry>findByIdOptional(id).map(AuditRecord::of);
    }

    private static void condition(List<String> where, Parameters parameters, String clause, String name, Object value) {
        where.add(clause);
        parameters.and(name, value);
    }

    private static OffsetDateTime instant(String field, String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field, "must be an ISO-8601 date-time with offset, e.g. 2026-11-22T00:00:00Z");
        }
    }

    private static long entryId(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new InvalidValue("cursor", "is not a cursor issued by this API");
        }
    }
}
