package org.ecoreform.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.gateway.projection.ChangeTail;
import org.ecoreform.gateway.projection.ViewHarness;
import org.ecoreform.gateway.store.ChangeFeed;
import org.junit.jupiter.api.Test;

/** A client of the live changes that drops its connection and resumes from its last id misses nothing and sees nothing twice. */
class ChangesStreamTest {

    private static final int CHANGES = 1_000;

    @Test
    void aClientThatDropsFiveTimesGetsEveryChangeOnceAndInOrder() throws Exception {
        try (ViewHarness views = new ViewHarness("stream")) {
            ChangeTail tail = new ChangeTail(views.feed, views.projector, Duration.ofMillis(20));
            Thread writer = new Thread(
                    () -> {
                        for (int i = 1; i <= CHANGES; i++) {
                            views.feed.record(Topics.MEASURES, "N2020-" + i, 1, "changed", null);
                        }
                    },
                    "change-writer");
            try {
                writer.start();
                List<Long> received = new ArrayList<>();
                long last = 0;
                for (int connection = 1; connection <= 6; connection++) {
                    AssertSubscriber<ChangeFeed.Change> client =
                            tail.after(last).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
                    // the first five connections drop after a while, the sixth stays until it has everything
                    int enough = connection < 6 ? connection * 150 - received.size() : CHANGES - received.size();
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> client.getItems().size() >= enough);
                    client.cancel();
                    List<ChangeFeed.Change> items = List.copyOf(client.getItems());
                    items.forEach(change -> received.add(change.sequence()));
                    last = items.isEmpty() ? last : items.get(items.size() - 1).sequence();
                }
                assertThat(received)
                        .as("1,000 changes, none twice, in order")
                        .isEqualTo(LongStream.rangeClosed(1, CHANGES).boxed().toList());
            } finally {
                writer.join(30_000);
                tail.close();
            }
        }
    }

    @Test
    void aClientJoiningNowGetsOnlyWhatFollows() {
        try (ViewHarness views = new ViewHarness("stream-now")) {
            views.feed.record(Topics.MEASURES, "N2020-01", 1, "changed", null);
            ChangeTail tail = new ChangeTail(views.feed, views.projector, Duration.ofMillis(20));
            try {
                long now = views.feed.latest(1).get(0).sequence();
                AssertSubscriber<ChangeFeed.Change> client =
                        tail.after(now).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
                views.feed.record(Topics.MEASURES, "N2020-02", 1, "changed", null);
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> client.getItems().size() == 1);
                assertThat(client.getItems().get(0).key()).isEqualTo("N2020-02");
                client.cancel();
            } finally {
                tail.close();
            }
        }
    }
}
