package org.ecoreform.platform.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The first answer given to a create request carrying an Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    public String location;

    public String body;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Embeddable
    public record Key(
            @Column(name = "idempotency_key") String idempotencyKey,
            @Column(name = "principal") String principal) implements Serializable {}
}
