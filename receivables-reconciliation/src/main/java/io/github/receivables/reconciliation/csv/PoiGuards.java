package io.github.receivables.reconciliation.csv;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Tightens Apache POI's zip bomb guards before a workbook is opened. POI keeps these settings
 * process-wide, so this class only ever lowers a limit or raises the minimum inflate ratio; it
 * never loosens a stricter value that the host application set.
 */
final class PoiGuards {

    /** An entry may inflate to at most 100 times its compressed size. */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** No part of a workbook may inflate beyond 512 MiB. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    /** A workbook may hold at most 1,000 parts. */
    static final long MAX_FILE_COUNT = 1_000;

    private PoiGuards() {}

    static synchronized void apply() {
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(),
                MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
        ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), MAX_FILE_COUNT));
    }
}
