package org.ecoreform.measures.service;

import java.math.BigDecimal;

/** An article of the policy framework a measure implements, with who decided the link and, for the matcher, by which rule. */
public record FrameworkLink(String article, String system, BigDecimal score, String decidedBy, String rule) {}
