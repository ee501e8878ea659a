package org.ecoreform.platform.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The next offset the replica will read from one partition. */
@Entity
@Table(name = "replica_offset")
public class ReplicaOffset extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "next_offset")
    public long nextOffset;

    @Embeddable
    public record Key(
            @Column(name = "topic") String topic,
            @Column(name = "partition_no") int partition) implements Serializable {}
}
