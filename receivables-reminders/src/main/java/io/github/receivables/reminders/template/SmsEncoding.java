package io.github.receivables.reminders.template;

/** How an SMS is encoded, which decides how many characters fit in a segment. */
public enum SmsEncoding {
    /** The GSM 03.38 7-bit alphabet: 160 septets alone, 153 per segment when split. */
    GSM_7(160, 153),
    /** UCS-2 (UTF-16) when any character is outside GSM-7: 70 alone, 67 per segment. */
    UCS_2(70, 67);

    private final int single;
    private final int perPart;

    SmsEncoding(int single, int perPart) {
        this.single = single;
        this.perPart = perPart;
    }

    /**
     * Returns the capacity of a message sent as one segment.
     *
     * @return 160 septets for GSM-7, 70 code units for UCS-2
     */
    public int singleCapacity() {
        return single;
    }

    /**
     * Returns the capacity of each segment of a split message, after the concatenation header.
     *
     * @return 153 septets for GSM-7, 67 code units for UCS-2
     */
    public int partCapacity() {
        return perPart;
    }
}
