package org.ecoreform.adoption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

@Embeddable
public record Milestone(@Column(name = "due_on") LocalDate dueOn,
                        @Column(name = "description") String description,
                        @Column(name = "done") boolean done) {
}
