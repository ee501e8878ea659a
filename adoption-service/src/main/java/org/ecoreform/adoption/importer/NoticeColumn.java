package org.ecoreform.adoption.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of a province's adoption table, each known by the headers provinces use for it. A
 * header cell is compared without spaces (落 实 措 施), without a trailing colon and without a
 * parenthesised remark (责任单位（部门）).
 */
public enum NoticeColumn {
    NUMBER("序号", false, List.of("序号", "编号")),
    NAME("名称", true, List.of("名称", "举措名称", "改革举措", "改革举措名称", "举措", "经验做法", "事项名称")),
    SOURCE("来源", false, List.of("来源", "推广来源", "经验来源", "来源省份", "来源地")),
    ACTIONS("落实措施", true, List.of("落实措施", "具体措施", "工作措施", "措施", "主要措施", "推进措施", "贯彻落实措施")),
    UNITS("责任单位", true, List.of("责任单位", "牵头单位", "责任部门", "牵头部门", "牵头单位及责任单位")),
    DEADLINE("完成时限", false, List.of("完成时限", "时限", "完成时间", "时间节点", "完成期限"));

    private static final Pattern REMARK = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern NOISE = Pattern.compile("[\\s\\u3000:：*]");

    private final String label;
    private final boolean required;
    private final List<String> headers;

    NoticeColumn(String label, boolean required, List<String> headers) {
        this.label = label;
        this.required = required;
        this.headers = headers;
    }

    /** The usual header, as reports name the column. */
    public String label() {
        return label;
    }

    /** Whether a table without this column cannot be imported (名称, 落实措施, 责任单位). */
    public boolean required() {
        return required;
    }

    /** Every header this column is known by. */
    public List<String> headers() {
        return headers;
    }

    /** The column a header cell names, if any. */
    public static Optional<NoticeColumn> named(String headerCell) {
        String normalized =
                NOISE.matcher(REMARK.matcher(headerCell).replaceAll("")).replaceAll("");
        for (NoticeColumn column : values()) {
            if (column.headers.contains(normalized)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
