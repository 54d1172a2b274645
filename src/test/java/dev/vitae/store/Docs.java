package dev.vitae.store;

import dev.vitae.model.Document;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Documents from JSON text written with single quotes, and a clock a test moves by hand. */
final class Docs {

    private Docs() {
    }

    static Document doc(String json) {
        try {
            return ResumeReader.parse(json.replace('\'', '"'), null).document();
        } catch (ParseError e) {
            throw new IllegalArgumentException(e);
        }
    }

    static final class HandClock extends Clock {
        private Instant now;

        HandClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
