package org.ecoreform.adoption.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ActionStatementsTest {

    private static final LocalDate NOTICE_DATE = LocalDate.of(2021, 2, 25);
    private static final List<ParsedNotice.Row> QINGHAI = NoticeTableParser.parse(
                    ReferenceResources.read("reference/002_05979245d1a96796.txt"), "青发改生态〔2021〕106号")
            .rows();

    private static ActionStatements.Reading row(int number) {
        ParsedNotice.Row row = QINGHAI.get(number - 1);
        return ActionStatements.read(row.actions(), NOTICE_DATE, row.name());
    }

    @Test
    void qinghaiRowsThatStateWorkDoneOrGoingOnStartBeyondPlannedAndNoOthers() {
        Map<Integer, ActionStatements.Start> beyondPlanned = new TreeMap<>();
        QINGHAI.forEach(r -> {
            ActionStatements.Start start = row(r.number()).start();
            if (start != ActionStatements.Start.PLANNED) {
                beyondPlanned.put(r.number(), start);
            }
        });
        // done (11, 22, 46, 47), going on (3 继续落实, 15 我省贵德等县实行, 28 持续打造, 30 持续推动, 32 继续采取, 50 持续开展)
        assertThat(beyondPlanned)
                .containsOnlyKeys(3, 11, 15, 22, 28, 30, 32, 46, 47, 48, 50)
                .allSatisfy((row, start) -> assertThat(start)
                        .isEqualTo(
                                row == 48 ? ActionStatements.Start.IMPLEMENTED : ActionStatements.Start.IN_PROGRESS));
    }

    @Test
    void workGoingOnIsEvidenceThatItStarted() {
        assertThat(row(15).done())
                .extracting(ActionStatements.Done::continuing, d -> d.sentence().substring(0, 12))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "我省贵德等县实行城乡统筹"),
                        org.assertj.core.groups.Tuple.tuple(true, "在全省继续推行农村垃圾“"));
        assertThat(row(3).done()).singleElement().satisfies(d -> {
            assertThat(d.continuing()).isTrue();
            assertThat(d.sentence()).startsWith("继续落实“增存挂钩”机制，持续开展批而未供和闲置土地处置工作");
        });
        // words of further work alone (进一步, 逐步) are no evidence
        assertThat(ActionStatements.read("进一步完善林权流转机制，逐步扩大试点范围。", NOTICE_DATE).start())
                .isEqualTo(ActionStatements.Start.PLANNED);
    }

    @Test
    void theRowsOwnActDatedBeforeTheNoticeStartsItImplementedWithThatDate() {
        // row 48 adopts the provincial regulation; the regulation itself was passed in 2014-11
        ActionStatements.Reading row48 = row(48);
        assertThat(row48.start()).isEqualTo(ActionStatements.Start.IMPLEMENTED);
        assertThat(row48.done())
                .singleElement()
                .satisfies(d -> assertThat(d.actDate()).isEqualTo("2014-11"));
        // row 46's dated act is an opinion on mediation, not the committees the row adopts: in progress still
        assertThat(row(46).start()).isEqualTo(ActionStatements.Start.IN_PROGRESS);
        assertThat(row(46).done().get(0).actDate()).isEqualTo("2017-09");
    }

    @Test
    void aCountedRangeIsAMilestoneWithARange() {
        assertThat(row(17).commitments()).singleElement().satisfies(c -> {
            assertThat(c.due()).isNull();
            assertThat(c.what()).startsWith("选择1—2个县建立管护模式多元化");
            assertThat(c.figure()).isEqualTo(new CountedFigures.Figure(BigDecimal.ONE, "个", "县", new BigDecimal("2")));
        });
        assertThat(row(17).unread()).isEmpty();
    }

    @Test
    void theDoneSentencesAreKeptWithTheirFigures() {
        assertThat(row(48).done())
                .singleElement()
                .satisfies(d -> assertThat(d.sentence()).startsWith("2014年11月青海省人大常委会审议通过《青海省生态文明建设促进条例》"));
        assertThat(row(46).done()).hasSize(2);
        assertThat(row(46).done().get(1).figures())
                .containsExactly(
                        new CountedFigures.Figure(new BigDecimal("8"), "个", "环境污染防治人民调解委员会"),
                        new CountedFigures.Figure(new BigDecimal("49"), "名", "调解员"));
        assertThat(row(47).done().get(0).figures())
                .containsExactly(new CountedFigures.Figure(new BigDecimal("36"), "名", "律师及法学专家"));
    }

    @Test
    void aPremiseIsNotWorkDoneOnTheMeasure() {
        ActionStatements.Reading row44 = row(44);
        assertThat(row44.start()).isEqualTo(ActionStatements.Start.PLANNED);
        assertThat(row44.unread())
                .extracting(ActionStatements.Unread::reason)
                .anySatisfy(r -> assertThat(r).contains("premise"));
    }

    @Test
    void row12HasItsDated2023Milestones() {
        assertThat(row(12).commitments())
                .filteredOn(c -> c.due() != null)
                .extracting(ActionStatements.Commitment::due, ActionStatements.Commitment::what)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2023, 12, 31), "西宁市全面建成生活垃圾分类收集和分类运输体系，建成西宁市生活垃圾分类发电厂"),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2023, 12, 31),
                                "海东市至少有1个区实现生活垃圾分类全覆盖，西宁市和海东市辖县、六州政府驻地县城（市）、其他县级市基本建立生活垃圾分类制度和标准体系"));
    }

    @Test
    void row27CountsItsThreeTargetsAndReportsTheNumberItCannotRead() {
        ActionStatements.Reading row27 = row(27);
        assertThat(row27.commitments())
                .extracting(ActionStatements.Commitment::figure)
                .containsExactly(
                        new CountedFigures.Figure(new BigDecimal("50"), "个", "休闲农业和乡村旅游示范基地"),
                        new CountedFigures.Figure(new BigDecimal("40"), "个", "中国美丽休闲乡村"),
                        new CountedFigures.Figure(new BigDecimal("15"), "条", "休闲农业和乡村旅游精品线路"));
        assertThat(row27.commitments().get(1).what()).isEqualTo("建设中国美丽休闲乡村40个");
        assertThat(row27.unread()).singleElement().satisfies(u -> {
            assertThat(u.text()).contains("2小时");
            assertThat(u.reason()).isEqualTo("no counting unit after 2");
        });
    }

    @Test
    void everyNumberOfTheNoticeIsReadOrReported() {
        for (ParsedNotice.Row r : QINGHAI) {
            ActionStatements.Reading reading = row(r.number());
            // counted apart from the reader: digit runs (a range 1—2 is one), dates aside
            long numbers = java.util.regex.Pattern.compile("\\d+(?:[—~～-]\\d+)?")
                    .matcher(r.actions())
                    .results()
                    .filter(m -> !r.actions().startsWith("年", m.end())
                            && !r.actions().startsWith("月", m.end())
                            && !r.actions().startsWith("日", m.end()))
                    .count();
            long accounted =
                    reading.done().stream().mapToLong(d -> d.figures().size()).sum()
                            + reading.commitments().stream()
                                    .filter(c -> c.figure() != null)
                                    .count()
                            + reading.unread().size();
            assertThat(accounted).as("row %d: %s", r.number(), r.actions()).isGreaterThanOrEqualTo(numbers);
        }
    }

    @Test
    void otherNoticesWordingsAreReadToo() {
        ActionStatements.Reading done = ActionStatements.read("2019年12月自治区人大常委会审议通过《宁夏生态保护条例》。", NOTICE_DATE);
        assertThat(done.start()).isEqualTo(ActionStatements.Start.IMPLEMENTED);
        ActionStatements.Reading started = ActionStatements.read("我区已出台林权抵押贷款管理办法。下一步，继续扩大贷款规模。", NOTICE_DATE);
        assertThat(started.start()).isEqualTo(ActionStatements.Start.IN_PROGRESS);
        ActionStatements.Reading promised = ActionStatements.read("到2023年建成林业金融服务平台，培育示范基地20个。", NOTICE_DATE);
        assertThat(promised.start()).isEqualTo(ActionStatements.Start.PLANNED);
        assertThat(promised.commitments()).singleElement().satisfies(c -> {
            assertThat(c.due()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(c.what()).isEqualTo("建成林业金融服务平台，培育示范基地20个");
            assertThat(c.figure()).isEqualTo(new CountedFigures.Figure(new BigDecimal("20"), "个", "示范基地"));
        });
        ActionStatements.Reading past = ActionStatements.read("2018年开展了试点工作调研。", NOTICE_DATE);
        assertThat(past.commitments()).isEmpty();
        assertThat(past.unread())
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("before the notice"));
    }
}
