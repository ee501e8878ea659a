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
}
