package org.ecoreform.indicators.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ecoreform.indicators.domain.TargetComparator;

/** One pilot-zone plan found in a document, with the targets extracted from it. */
public record ExtractedPlan(
        String province,
        String title,
        String sourceFile,
        Set<BigDecimal> targetFigures,
        List<Target> targets,
        List<Unread> unread,
        PlanTaskReader.Reading tasks,
        List<AccountabilityReader.Finding> accountability) {

    /** A dated clause with a figure from which no target was read, and why: never dropped silently. */
    public record Unread(int line, String clause, String reason) {}

    /**
     * A target as the plan states it: {@code wording} names its indicator as the plan does;
     * {@code proposedIndicator} is set when no known indicator matched (it would be created);
     * {@code value} and {@code unit} are null unless the comparator is numeric, eliminate (value 0)
     * or a change relative to {@code baselineYear} (value in % or 个百分点); {@code sentence} is the clause it came from.
     */
    public record Target(
            String indicatorId,
            String wording,
            IndicatorCodelist.Definition proposedIndicator,
            TargetComparator comparator,
            BigDecimal value,
            String unit,
            int year,
            BigDecimal baselineValue,
            Integer baselineYear,
            String section,
            String sentence,
            int line) {}

    /**
     * Whether another document is this plan again (a re-published or re-translated copy): same
     * province, and the same title or nearly the same set of target figures.
     */
    public boolean sameDocumentAs(ExtractedPlan other) {
        if (!province.equals(other.province)) {
            return false;
        }
        if (DocumentText.normaliseTitle(title).equals(DocumentText.normaliseTitle(other.title))) {
            return true;
        }
        if (targetFigures.isEmpty() || other.targetFigures.isEmpty()) {
            return false;
        }
        long shared =
                targetFigures.stream().filter(other.targetFigures::contains).count();
        long union = targetFigures.size() + other.targetFigures.size() - shared;
        return (double) shared / union >= 0.8;
    }
}
