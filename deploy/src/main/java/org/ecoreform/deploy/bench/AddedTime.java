package org.ecoreform.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's histogram of the time it adds to a proxied call ({@code ecoreform_proxy_added_seconds}),
 * read from its metrics: cumulative counts per upper bound. Two readings give the calls between them.
 */
record AddedTime(List<Double> upperBoundsSeconds, List<Double> cumulativeCounts) {

    private static final Pattern BUCKET =
            Pattern.compile("(?m)^ecoreform_proxy_added_seconds_bucket\\{le=\"([^\"]+)\"[^}]*} ([0-9.Ee+-]+)$");

    static AddedTime read(String gateway) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(gateway + "/q/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<Double> bounds = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        Matcher bucket = BUCKET.matcher(metrics);
        while (bucket.find()) {
            bounds.add(bucket.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bucket.group(1)));
            counts.add(Double.parseDouble(bucket.group(2)));
        }
        return new AddedTime(bounds, counts);
    }

    /** The calls since {@code earlier}: this reading's counts less the earlier one's. */
    AddedTime since(AddedTime earlier) {
        List<Double> counts = new ArrayList<>();
        for (int i = 0; i < cumulativeCounts.size(); i++) {
            counts.add(cumulativeCounts.get(i)
                    - (i < earlier.cumulativeCounts.size() ? earlier.cumulativeCounts.get(i) : 0));
        }
        return new AddedTime(upperBoundsSeconds, counts);
    }

    long count() {
        return cumulativeCounts.isEmpty() ? 0 : Math.round(cumulativeCounts.get(cumulativeCounts.size() - 1));
    }

    /** The upper bound of the bucket the quantile falls in, in µs (the histogram's resolution). */
    double percentileMicros(double quantile) {
        double wanted = quantile * count();
        for (int i = 0; i < cumulativeCounts.size(); i++) {
            if (cumulativeCounts.get(i) >= wanted && count() > 0) {
                return upperBoundsSeconds.get(i) * 1e6;
            }
        }
        return Double.NaN;
    }
}
