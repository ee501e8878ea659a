package org.ecoreform.measures.service;

import java.math.BigDecimal;

/** An article of the policy framework a measure implements, with who decided the link. */
public record FrameworkLink(String article, String system, BigDecimal score, String decidedBy) {
}
