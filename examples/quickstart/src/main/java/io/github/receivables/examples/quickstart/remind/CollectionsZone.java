package io.github.receivables.examples.quickstart.remind;

import java.time.ZoneId;

/** The time zone of the collections day. */
final class CollectionsZone {

    /** Chile's mainland zone, where the demo company and its customers are. */
    static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private CollectionsZone() {}
}
