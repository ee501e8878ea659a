package org.ecoreform.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * What every published aggregate of an owning service carries: an optimistic lock that doubles as
 * its event version, who created and last changed it, and where it came from.
 */
@MappedSuperclass
public abstract class VersionedRecord extends PanacheEntityBase {

    /** Provenance of records written through the API rather than imported from a document. */
    public static final String API_PROVENANCE = "api";

    /**
     * Optimistic lock: concurrent writers cannot both win. JPA seeds it at 0 on insert and adds one
     * on every update; {@link #version()} is the published version, which counts from 1.
     */
    @Version
    @Column(name = "lock_version", nullable = false)
    public Long lockVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** The source document's number, or {@link #API_PROVENANCE}. */
    @Column(name = "provenance_document", nullable = false, updatable = false)
    public String provenanceDocument;

    @Column(name = "provenance_file", updatable = false)
    public String provenanceFile;

    @Column(name = "provenance_line", updatable = false)
    public Integer provenanceLine;

    /** The version of the published state: 1 when created, +1 on every change. */
    public long version() {
        return lockVersion + 1;
    }

    /** Stamps a new record: created and last changed now by {@code actor}. */
    public void created(String actor, OffsetDateTime at) {
        createdAt = at;
        createdBy = actor;
        changed(actor, at);
    }

    public void changed(String actor, OffsetDateTime at) {
        updatedAt = at;
        updatedBy = actor;
    }
}
