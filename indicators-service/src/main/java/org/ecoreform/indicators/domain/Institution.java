package org.ecoreform.indicators.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The assessment and accountability institutions of the 2015 plan's eighth system (F2015-S8,
 * 完善生态文明绩效评价考核和责任追究制度), each with the article that asks for it and the words a
 * plan names it by.
 */
public enum Institution {
    ASSESSMENT_METHOD(
            "assessment-method",
            "生态文明建设目标评价考核",
            "Assessment of ecological-civilization targets",
            "F2015-A47",
            "评价考核办法|目标评价考核|综合评价考核"),
    GREEN_DEVELOPMENT_INDEX("green-development-index", "绿色发展指数", "Green development index", "F2015-A47", "绿色发展指数"),
    RESOURCE_BALANCE_SHEET(
            "resource-balance-sheet", "自然资源资产负债表", "Natural-resource balance sheet", "F2015-A49", "自然资源资产负债表"),
    DEPARTURE_AUDIT(
            "departure-audit", "领导干部自然资源资产离任审计", "Departure audit of natural-resource assets", "F2015-A50", "离任审计"),
    LIFELONG_ACCOUNTABILITY(
            "lifelong-accountability",
            "生态环境损害责任终身追究",
            "Lifelong accountability for environmental damage",
            "F2015-A51",
            "终身追究|终身追责|责任追究"),
    CARRYING_CAPACITY_WARNING(
            "carrying-capacity-warning",
            "资源环境承载能力监测预警",
            "Monitoring and early warning of resource and environmental carrying capacity",
            "F2015-A48",
            "承载能力监测预警"),
    INSPECTION("inspection", "环境保护督察", "Environmental protection inspection", null, "环境保护督察");

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String article;
    private final Pattern words;

    Institution(String id, String nameZh, String nameEn, String article, String words) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.article = article;
        this.words = Pattern.compile(words);
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The article of the 2015 plan that asks for it; null for inspection, which the plan's eighth system does not number. */
    public String article() {
        return article;
    }

    public boolean namedIn(String text) {
        return words.matcher(text).find();
    }

    /** Where the words naming it first stand in {@code text}; -1 when they do not. */
    public int firstIndexIn(String text) {
        var m = words.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** Where the words naming it last stand in {@code text}; -1 when they do not. */
    public int lastIndexIn(String text) {
        var m = words.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    public static Optional<Institution> of(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Institution::id).toList();
    }
}
