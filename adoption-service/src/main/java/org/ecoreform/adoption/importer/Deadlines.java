package org.ecoreform.adoption.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a 完成时限 cell names: 2021年12月31日, 2021年6月底前 (the month's last day), 2021年底前 /
 * 2021年 (31 December), 2021年上半年 (30 June), 2021-12-31. Words without a date (长期坚持, 持续推进)
 * name none.
 */
public final class Deadlines {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:年\\s*(?:(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?|(上半年)|(下半年))?|-(\\d{1,2})-(\\d{1,2}))");

    private Deadlines() {}

    public static List<LocalDate> in(String cell) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = DATE.matcher(cell);
        while (m.find()) {
            try {
                int year = Integer.parseInt(m.group(1));
                if (m.group(6) != null) {
                    dates.add(LocalDate.of(year, Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7))));
                } else if (m.group(3) != null) {
                    dates.add(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                } else if (m.group(2) != null) {
                    dates.add(YearMonth.of(year, Integer.parseInt(m.group(2))).atEndOfMonth());
                } else if (m.group(4) != null) {
                    dates.add(LocalDate.of(year, 6, 30));
                } else {
                    dates.add(LocalDate.of(year, 12, 31));
                }
            } catch (DateTimeException e) {
                // 2021年13月: not a date
            }
        }
        return dates;
    }
}
