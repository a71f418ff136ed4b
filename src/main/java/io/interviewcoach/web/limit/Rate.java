package io.interviewcoach.web.limit;

import java.time.Duration;

import org.eclipse.microprofile.config.spi.Converter;

import io.quarkus.runtime.configuration.DurationConverter;

/** At most {@code requests} in each {@code per} (a fixed window), written {@code 10/1m} in the configuration. */
public record Rate(int requests, Duration per) {
    public Rate {
        if (requests < 1 || per.isZero() || per.isNegative()) {
            throw new IllegalArgumentException("a rate needs at least 1 request in a positive period");
        }
    }

    /** {@code <requests>/<duration>}, e.g. {@code 10/1m}, {@code 300/1s}, {@code 20/PT1H}. */
    public static Rate of(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("a rate is written <requests>/<duration>, e.g. 10/1m; got '" + text + "'");
        }
        return new Rate(Integer.parseInt(text.substring(0, slash).strip()),
                DurationConverter.parseDuration(text.substring(slash + 1).strip()));
    }

    @Override
    public String toString() {
        return requests + "/" + per;
    }

    /** For {@code @WithConverter}. */
    public static final class RateConverter implements Converter<Rate> {
        @Override
        public Rate convert(String value) {
            return Rate.of(value);
        }
    }
}
