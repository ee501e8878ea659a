package org.ecoreform.measures.importer;

/** Chinese numerals as documents number their sections and articles: 一 … 十, 十一, 二十, 五十六. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    public static int parse(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return digit(numeral, numeral);
        }
        int tens = ten == 0 ? 1 : digit(numeral.substring(0, ten), numeral);
        int units = ten == numeral.length() - 1 ? 0 : digit(numeral.substring(ten + 1), numeral);
        return tens * 10 + units;
    }

    private static int digit(String part, String numeral) {
        int value = part.length() == 1 ? DIGITS.indexOf(part.charAt(0)) : -1;
        if (value <= 0) {
            throw new IllegalArgumentException("not a Chinese numeral from 一 to 九十九: " + numeral);
        }
        return value;
    }
}
