package org.ecoreform.adoption.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.RuleViolation;

/**
 * The rules of a record's progress. Entries are kept in the order they were recorded; the live
 * ones (not corrected by a later entry), in order of the day they took effect, form the chain whose
 * last entry is the record's status. Each step of the chain keeps the status or is a move the
 * status allows ({@link AdoptionStatus#next()}); nothing follows a withdrawal.
 */
public final class ProgressChain {

    private static final Comparator<ProgressEntry> EFFECTIVE_ORDER = Comparator.comparing(
                    (ProgressEntry e) -> e.effectiveOn)
            .thenComparing(e -> e.id == null ? Long.MAX_VALUE : e.id);

    private final List<ProgressEntry> entries;
    private final Map<Long, Long> correctedBy = new HashMap<>();

    public ProgressChain(List<ProgressEntry> entries) {
        this.entries = List.copyOf(entries);
        entries.stream().filter(e -> e.corrects != null).forEach(e -> correctedBy.put(e.corrects, e.id));
    }

    /** The id of the entry that corrects this one, if any. */
    public Optional<Long> correctedBy(ProgressEntry entry) {
        return Optional.ofNullable(correctedBy.get(entry.id));
    }

    /** Live entries in the order they took effect. */
    public List<ProgressEntry> live() {
        return entries.stream()
                .filter(e -> !correctedBy.containsKey(e.id))
                .sorted(EFFECTIVE_ORDER)
                .toList();
    }

    /** The entry in effect on a day; empty when the record was not yet adopted then. */
    public Optional<ProgressEntry> inEffectOn(LocalDate day) {
        ProgressEntry found = null;
        for (ProgressEntry entry : live()) {
            if (entry.effectiveOn.isAfter(day)) {
                break;
            }
            found = entry;
        }
        return Optional.ofNullable(found);
    }

    /**
     * Checks that {@code candidate} may join the chain, sets the status it moves from, and answers
     * the status the record has with it.
     */
    public AdoptionStatus admit(ProgressEntry candidate) {
        List<ProgressEntry> live = new ArrayList<>(live());
        if (candidate.corrects != null) {
            ProgressEntry corrected = entries.stream()
                    .filter(e -> e.id.equals(candidate.corrects))
                    .findFirst()
                    .orElseThrow(() -> new RuleViolation(
                            "corrects", "entry " + candidate.corrects + " is not in this record's progress"));
            Long by = correctedBy.get(corrected.id);
            if (by != null) {
                throw new RuleViolation(
                        "corrects",
                        "entry " + corrected.id + " was already corrected by entry " + by + "; correct that one");
            }
            live.remove(corrected);
        } else if (!live.isEmpty() && candidate.effectiveOn.isBefore(live.get(0).effectiveOn)) {
            throw new RuleViolation(
                    "effectiveOn",
                    "precedes the record's adoption on " + live.get(0).effectiveOn
                            + "; to change how the record started, correct entry " + live.get(0).id);
        }
        live.add(candidate);
        live.sort(EFFECTIVE_ORDER);
        for (int i = 1; i < live.size(); i++) {
            requireStep(live.get(i - 1), live.get(i));
        }
        int at = live.indexOf(candidate);
        candidate.fromStatus = at == 0 ? null : live.get(at - 1).toStatus;
        return live.get(live.size() - 1).toStatus;
    }

    private static void requireStep(ProgressEntry before, ProgressEntry after) {
        AdoptionStatus from = before.toStatus;
        AdoptionStatus to = after.toStatus;
        if (from == to && from != AdoptionStatus.WITHDRAWN || from.mayBecome(to)) {
            return;
        }
        String when = after.id == null
                ? "from " + after.effectiveOn
                : "on " + after.effectiveOn + " (entry " + after.id + ")";
        throw new Conflict(
                "a record that is " + from.wireName() + " cannot become " + to.wireName() + " " + when + "; allowed: "
                        + from.next().stream().map(AdoptionStatus::wireName).toList());
    }
}
