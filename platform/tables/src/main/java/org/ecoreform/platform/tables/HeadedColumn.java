package org.ecoreform.platform.tables;

/** A column of a workbook people fill in: found in an upload by its header, never by its position. */
public interface HeadedColumn {

    /** The header, in Chinese and English, as the downloaded workbook writes it. */
    String header();
}
