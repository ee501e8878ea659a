package org.ecoreform.indicators.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlanTaskReaderTest {

    private static final String PLANS = DocumentText.read("reference/001_b109216fcd3a97d1.txt");
    private static final List<ExtractedPlan> SHIPPED =
            PlanTargetExtractor.extract(PLANS, "001_b109216fcd3a97d1.txt", IndicatorCodelist.load());

    private static ExtractedPlan plan(String province) {
        return SHIPPED.stream()
                .filter(p -> p.province().equals(province))
                .findFirst()
                .orElseThrow();
    }

    /** Counted apart from the reader: the year phrases (20xx年) of the lines between 三、重点任务 and 四、 of each plan. */
    private static long yearPhrasesInKeyTasks(String province) {
        List<String> lines = PLANS.lines().toList();
        String marker = "360000".equals(province) ? "（江西）实施方案》全文如下" : "（贵州）实施方案》全文如下";
        int start = 0;
        while (!lines.get(start).contains(marker)) {
            start++;
        }
        int tasks = start;
        while (!lines.get(tasks).startsWith("三、重点任务")) {
            tasks++;
        }
        int end = tasks + 1;
        while (!lines.get(end).startsWith("四、")) {
            end++;
        }
        Pattern year = Pattern.compile("20\\d{2}年");
        return lines.subList(tasks, end).stream()
                .mapToLong(l -> year.matcher(l).results().count())
                .sum();
    }

    @Test
    void everyYearOfTheKeyTasksIsATaskOrReportedWithItsReason() {
        for (String province : List.of("360000", "520000")) {
            PlanTaskReader.Reading reading = plan(province).tasks();
            assertThat((long) reading.tasks().size() + reading.unread().size())
                    .as(province)
                    .isEqualTo(yearPhrasesInKeyTasks(province));
        }
        assertThat(plan("360000").tasks().tasks()).hasSize(32);
        assertThat(plan("520000").tasks().tasks()).hasSize(34);
    }

    @Test
    void aTaskKeepsItsYearSectionTopicAndLine() {
        List<PlanTaskReader.Task> jiangxi = plan("360000").tasks().tasks();
        assertThat(jiangxi)
                .filteredOn(t -> t.text().startsWith("2018年出台江西省自然资源资产负债表"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.dueYear()).isEqualTo(2018);
                    assertThat(t.section()).isEqualTo("三（六）2");
                    assertThat(t.topic()).isEqualTo("探索编制自然资源资产负债表");
                    assertThat(t.line()).isEqualTo(65);
                    assertThat(t.yearly()).isFalse();
                });
        // a clause naming two years is two tasks, each from the comma before its year
        assertThat(jiangxi)
                .filteredOn(t -> t.line() == 25)
                .extracting(PlanTaskReader.Task::dueYear)
                .containsExactly(2017, 2020);
        assertThat(jiangxi)
                .filteredOn(t -> t.line() == 25)
                .last()
                .satisfies(t -> assertThat(t.text()).isEqualTo("2020年基本建立较为完善的省域空间规划体系"));
        assertThat(plan("520000").tasks().tasks())
                .filteredOn(t -> t.periodYears() != null)
                .extracting(PlanTaskReader.Task::section, PlanTaskReader.Task::periodYears)
                .containsExactly(tuple("三（八）1", 1), tuple("三（八）4", 2));
    }

    @Test
    void aBaseYearIsNotADueDate() {
        List<String> lines = List.of("三、重点任务", "（一）控制排放。1．控制总量。到2020年，单位地区生产总值能耗比2015年下降15%。");
        PlanTaskReader.Reading reading = PlanTaskReader.read(lines, 0, lines.size());
        assertThat(reading.tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.dueYear()).isEqualTo(2020));
        assertThat(reading.unread()).singleElement().satisfies(u -> {
            assertThat(u.text()).isEqualTo("比2015年");
            assertThat(u.reason()).contains("base year");
        });
    }

    @Test
    void aClauseWithoutASubjectKeepsTheOneOfTheClauseBeforeIt() {
        // 2017年在德兴市…开展…试点，2020年在全省施行: the 2020 task is the same service, province-wide
        assertThat(plan("360000").tasks().tasks())
                .filteredOn(t -> t.line() == 41)
                .extracting(PlanTaskReader.Task::dueYear, PlanTaskReader.Task::text)
                .containsExactly(
                        tuple(2017, "2017年在德兴市、靖安县、宁都县开展农村环境整治政府购买服务试点"),
                        tuple(2020, "2017年在德兴市、靖安县、宁都县开展农村环境整治政府购买服务试点，2020年在全省施行"));
        // a clause that only dates the one before it (2017年完成试点工作任务) keeps it
        assertThat(plan("360000").tasks().tasks())
                .filteredOn(t -> t.line() == 55)
                .singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo("推进高安市、新干县、抚州市东乡区等3个水资源使用权确权登记试点，2017年完成试点工作任务"));
        // a sentence that opens with its year and names no subject is matched with the sentence before it
        assertThat(plan("520000").tasks().tasks())
                .filteredOn(t -> t.text().equals("2018年在国家级和省级自然保护区、毕节市公益林区内开展试点"))
                .singleElement()
                .satisfies(t -> assertThat(t.context()).startsWith("支持贵州自主探索通过赎买以及与其他资产进行置换等方式"));
    }

    @Test
    void anUndatedClauseIsAnUndatedTaskNotGluedToTheDatedOne() {
        PlanTaskReader.Reading guizhou = plan("520000").tasks();
        assertThat(guizhou.tasks())
                .filteredOn(t -> t.line() == 120)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.text()).startsWith("2020年前制定出台贵州省环境影响评价条例");
                    assertThat(t.context()).startsWith("适时修订《贵州省生态文明建设促进条例》");
                });
        assertThat(guizhou.undated())
                .filteredOn(u -> u.line() == 120)
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.text()).isEqualTo("适时修订《贵州省生态文明建设促进条例》、《贵州省环境保护条例》");
                    assertThat(u.reason()).isEqualTo(PlanTaskReader.UNDATED);
                });
    }

    @Test
    void everyNYearsIsAPeriod() {
        List<String> lines = List.of("三、重点任务", "（一）督察。1．督察。2019年起每3年开展一次督察；2020年起，每两年发布一次报告。");
        assertThat(PlanTaskReader.read(lines, 0, lines.size()).tasks())
                .extracting(PlanTaskReader.Task::dueYear, PlanTaskReader.Task::periodYears)
                .containsExactly(tuple(2019, 3), tuple(2020, 2));
    }
}
