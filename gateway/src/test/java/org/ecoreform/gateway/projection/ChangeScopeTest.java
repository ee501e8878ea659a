package org.ecoreform.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.ecoreform.gateway.domain.Topics;
import org.junit.jupiter.api.Test;

/**
 * An event writes only the documents it belongs in, each found by its id: the cost of a change
 * depends on what changed, not on how much the store holds. Every command the driver sends is
 * watched on the wire.
 */
class ChangeScopeTest {

    private static final Set<String> WRITES = Set.of("insert", "update", "findAndModify", "delete");

    /** Every command sent, as "command collection _id" ("… *" for one without an _id condition). */
    static final class Commands implements CommandListener {
        final List<String> sent = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonDocument command = event.getCommand();
            String name = event.getCommandName();
            if (!WRITES.contains(name) && !name.equals("find")) {
                return;
            }
            String collection = command.getString(name).getValue();
            Set<String> ids = new TreeSet<>();
            switch (name) {
                case "find", "findAndModify" ->
                    ids(command.getDocument(name.equals("find") ? "filter" : "query", new BsonDocument()), ids);
                case "update" ->
                    command.getArray("updates").forEach(u -> ids(u.asDocument().getDocument("q"), ids));
                case "delete" ->
                    command.getArray("deletes").forEach(d -> ids(d.asDocument().getDocument("q"), ids));
                case "insert" ->
                    command.getArray("documents", new BsonArray())
                            .forEach(d -> ids.add(text(d.asDocument().get("_id"))));
                default -> {}
            }
            sent.add(name + " " + collection + " " + (ids.isEmpty() ? "*" : String.join(",", ids)));
        }

        List<String> writes() {
            return sent.stream()
                    .filter(s -> WRITES.contains(s.substring(0, s.indexOf(' '))))
                    .toList();
        }

        private static void ids(BsonDocument query, Set<String> ids) {
            query.forEach((key, value) -> {
                if (key.equals("_id")) {
                    ids.add(text(value));
                } else if (key.equals("$and") && value.isArray()) {
                    value.asArray().forEach(v -> ids(v.asDocument(), ids));
                }
            });
        }

        private static String text(BsonValue value) {
            return value.isString()
                    ? value.asString().getValue()
                    : value.isNumber() ? "#" : value.toString(); // # = a feed sequence
        }
    }

    /** The documents written, as "collection _id". */
    private static Set<String> written(Commands commands) {
        return new TreeSet<>(commands.writes().stream()
                .map(w -> w.substring(w.indexOf(' ') + 1))
                .toList());
    }

    @Test
    void anAdoptionChangeWritesItsProvinceItsMeasureAndTheNationalDocumentOnly() {
        Commands commands = new Commands();
        try (ViewHarness views = new ViewHarness("scope", org.ecoreform.gateway.store.ViewDocuments::new, commands)) {
            for (int n = 1; n <= 5; n++) {
                String id = "N2020-0" + n;
                views.apply(Topics.MEASURES, id, ViewEvents.measure(id, 1, "举措" + n, "active", "C01"));
            }
            for (int row = 1; row <= 20; row++) {
                String province = row % 2 == 0 ? "630000" : "360000";
                views.apply(
                        Topics.ADOPTIONS,
                        "R" + row,
                        ViewEvents.adoption(
                                "R" + row,
                                1,
                                province,
                                province + "-P1",
                                row,
                                List.of("N2020-0" + (1 + row % 5)),
                                "planned"));
            }
            commands.sent.clear();

            views.apply(
                    Topics.ADOPTIONS,
                    "R2",
                    ViewEvents.adoption("R2", 2, "630000", "630000-P1", 2, List.of("N2020-03"), "implemented"));
            assertThat(written(commands))
                    .as("a new status that still adopts the measure leaves the national matrix alone")
                    .containsExactly(
                            "adoptions R2",
                            "changes #",
                            "counters changes",
                            "measureViews N2020-03",
                            "provinceMeasures 630000:N2020-03",
                            "provinceViews 630000");

            // the only record of Qinghai adopting N2020-06, withdrawn
            views.apply(
                    Topics.ADOPTIONS,
                    "R99",
                    ViewEvents.adoption("R99", 1, "630000", "630000-P1", 99, List.of("N2020-06"), "planned"));
            commands.sent.clear();
            views.apply(
                    Topics.ADOPTIONS,
                    "R99",
                    ViewEvents.adoption("R99", 2, "630000", "630000-P1", 99, List.of("N2020-06"), "withdrawn"));
            assertThat(written(commands))
                    .as("a withdrawal changes whether Qinghai adopts N2020-06")
                    .containsExactly(
                            "adoptions R99",
                            "changes #",
                            "counters changes",
                            "measureViews N2020-06",
                            "national national",
                            "provinceMeasures 630000:N2020-06",
                            "provinceViews 630000");
            assertThat(commands.sent)
                    .as("every read and write names its document: nothing is scanned")
                    .noneMatch(c -> c.endsWith(" *"));

            commands.sent.clear();
            views.apply(Topics.MEASURES, "N2020-03", ViewEvents.measure("N2020-03", 2, "改名的举措", "active", "C01"));
            assertThat(written(commands))
                    .as(
                            "a rename touches the measure's document and the catalogue; province views compose names from the catalogue")
                    .containsExactly(
                            "changes #",
                            "counters changes",
                            "measureViews N2020-03",
                            "measures N2020-03",
                            "national national");
        }
    }
}
