package org.ecoreform.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One recorded write; every column is insert-only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public String roles;

    @Column(updatable = false)
    public String province;

    @Column(name = "request_id", updatable = false)
    public String requestId;

    @Column(updatable = false)
    public String request;

    @Column(name = "aggregate_type", nullable = false, updatable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public String aggregateId;

    @Column(name = "aggregate_version", nullable = false, updatable = false)
    public long aggregateVersion;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "before_state", updatable = false)
    public String beforeState;

    @Column(name = "after_state", updatable = false)
    public String afterState;
}
