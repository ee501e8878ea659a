package org.ecoreform.indicators.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecoreform.indicators.domain.Institution;
import org.junit.jupiter.api.Test;

class AccountabilityReaderTest {

    private static final List<ExtractedPlan> SHIPPED = PlanTargetExtractor.extract(
            DocumentText.read("reference/001_b109216fcd3a97d1.txt"),
            "001_b109216fcd3a97d1.txt",
            IndicatorCodelist.load());

    private static Map<Institution, AccountabilityReader.Finding> of(String province) {
        return SHIPPED.stream()
                .filter(p -> p.province().equals(province))
                .findFirst()
                .orElseThrow()
                .accountability()
                .stream()
                .collect(Collectors.toMap(AccountabilityReader.Finding::institution, f -> f));
    }

    @Test
    void jiangxisPlanStatesItsPilotsOfTheBalanceSheetAndTheDepartureAudit() {
        Map<Institution, AccountabilityReader.Finding> jiangxi = of("360000");
        assertThat(jiangxi)
                .containsKeys(
                        Institution.ASSESSMENT_METHOD,
                        Institution.RESOURCE_BALANCE_SHEET,
                        Institution.DEPARTURE_AUDIT,
                        Institution.LIFELONG_ACCOUNTABILITY,
                        Institution.INSPECTION);
        assertThat(jiangxi.get(Institution.RESOURCE_BALANCE_SHEET).pilotPlaces())
                .containsExactly("萍乡市", "吉安市", "宜春市", "抚州市", "兴国县");
        assertThat(jiangxi.get(Institution.DEPARTURE_AUDIT).pilotPlaces()).containsExactly("萍乡市", "吉安市");
        assertThat(jiangxi.get(Institution.ASSESSMENT_METHOD).year()).isEqualTo(2017);
        assertThat(jiangxi.get(Institution.ASSESSMENT_METHOD).line()).isEqualTo(64);
    }

    @Test
    void guizhousPlanStatesTheIndexTheBalanceSheetPilotsAndTheInspections() {
        Map<Institution, AccountabilityReader.Finding> guizhou = of("520000");
        assertThat(guizhou.get(Institution.GREEN_DEVELOPMENT_INDEX).year()).isEqualTo(2017);
        assertThat(guizhou.get(Institution.RESOURCE_BALANCE_SHEET).pilotPlaces())
                .containsExactly("六盘水市", "赤水市", "荔波县");
        assertThat(guizhou.get(Institution.INSPECTION).sentence()).contains("2017年起每2年");
        assertThat(guizhou).containsKey(Institution.LIFELONG_ACCOUNTABILITY);
    }

    @Test
    void lifelongAccountabilityIsReadFromItsOwnParagraphNotTheRedLineSentence() {
        // both plans name 责任追究 first in the ecological red-line paragraph (…严格责任追究…)
        AccountabilityReader.Finding jiangxi = of("360000").get(Institution.LIFELONG_ACCOUNTABILITY);
        assertThat(jiangxi.line()).isEqualTo(67);
        assertThat(jiangxi.year()).isEqualTo(2017);
        assertThat(jiangxi.sentence()).contains("2017年出台江西省党政领导干部生态环境损害责任追究办法实施细则（试行）");
        AccountabilityReader.Finding guizhou = of("520000").get(Institution.LIFELONG_ACCOUNTABILITY);
        assertThat(guizhou.line()).isEqualTo(133);
        assertThat(guizhou.year()).isNull();
        assertThat(guizhou.sentence()).isEqualTo("对领导干部离任后出现重大生态环境损害并认定其需要承担责任的，实行终身追责。");
    }

    @Test
    void monitoringAndEarlyWarningOfCarryingCapacityIsAnInstitutionOfBothPlans() {
        AccountabilityReader.Finding jiangxi = of("360000").get(Institution.CARRYING_CAPACITY_WARNING);
        assertThat(jiangxi.year()).isEqualTo(2017);
        assertThat(jiangxi.sentence()).startsWith("2017年开展资源环境承载能力监测预警正式评价");
        // Guizhou names it beside the use-control system; the sentence's 2018 dates a later clause, not it
        AccountabilityReader.Finding guizhou = of("520000").get(Institution.CARRYING_CAPACITY_WARNING);
        assertThat(guizhou.sentence()).contains("资源环境承载能力监测预警制度");
        assertThat(guizhou.year()).isNull();
        assertThat(Institution.CARRYING_CAPACITY_WARNING.article()).isEqualTo("F2015-A48");
    }
}
