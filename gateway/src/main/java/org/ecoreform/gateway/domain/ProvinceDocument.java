package org.ecoreform.gateway.domain;

import java.util.List;

/** A province's document read: its adoption records and its targets (removed entries left out). */
public record ProvinceDocument(String code, List<RecordEntry> records, List<TargetEntry> targets) {}
