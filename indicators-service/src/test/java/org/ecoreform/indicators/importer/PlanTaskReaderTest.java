package org.ecoreform.indicators.importer;

import static org.assertj.core.api.Assertions.assertThat;

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
                .filteredOn(PlanTaskReader.Task::yearly)
                .extracting(PlanTaskReader.Task::section)
                .containsExactly("三（八）1", "三（八）4");
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
}
