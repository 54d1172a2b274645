package dev.vitae;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.model.Document;

/**
 * A long career, written out: 25 jobs with four highlights each and 40 publications — the ten-page CV that
 * tests and benchmarks use to check that size never costs responsiveness or pagination.
 */
public final class LongCv {

    private static final String[] EMPLOYERS = {"Nordström Payments", "Fjällräv Analytics", "Cloudflare", "Ericsson",
            "Spotify", "Klarna", "King", "Mojang", "Volvo Cars", "Saab"};
    private static final String[] ROLES = {"Software Engineer", "Senior Software Engineer", "Staff Engineer",
            "Tech Lead", "Principal Engineer"};

    private LongCv() {
    }

    public static Document build(int jobs, int publications) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode basics = root.putObject("basics");
        basics.put("name", "Ingrid Øvergård-Nakamura");
        basics.put("label", "Principal Engineer, Distributed Systems");
        basics.put("email", "ingrid@example.com");
        basics.put("url", "https://ingrid.example.dev");
        basics.put("summary", "Thirty years of building **reliable** systems: payments, telecoms, games and cars.");
        ArrayNode work = root.putArray("work");
        for (int i = 0; i < jobs; i++) {
            ObjectNode job = work.addObject();
            job.put("name", EMPLOYERS[i % EMPLOYERS.length]);
            job.put("position", ROLES[i % ROLES.length]);
            job.put("location", "Stockholm, Sweden");
            int start = 2024 - i;
            job.put("startDate", start + "-0" + (1 + i % 9));
            if (i > 0) {
                job.put("endDate", (start + 1) + "-0" + (1 + i % 9));
            }
            job.put("description", (i % 2 == 0 ? "Fintech" : "Telecoms") + ", " + (200 + 50 * i) + " people");
            job.put("summary", "Owned the " + (i % 2 == 0 ? "payments" : "telemetry") + " platform end to end, from the "
                    + "storage engine to the on-call rota, for a product used by " + (2 + i) + " million people a day.");
            ArrayNode highlights = job.putArray("highlights");
            highlights.add("Led a team of " + (3 + i % 6) + " engineers rebuilding the settlement pipeline in Kotlin and Go, "
                    + "moving " + (10 + i) + " services off the monolith without a single customer-visible incident.");
            highlights.add("Cut p99 latency from " + (400 + i) + " ms to " + (40 + i) + " ms by sharding PostgreSQL by merchant "
                    + "and replacing synchronous fan-out with an outbox and idempotent consumers.");
            highlights.add("Wrote the runbooks and on-call tooling that halved the mean time to recovery, and ran the "
                    + "blameless post-incident reviews that fed them.");
            highlights.add("Mentored " + (1 + i % 4) + " engineers to senior roles; ran the architecture review and the "
                    + "hiring loop for the platform group.");
            highlights.add("Designed the capacity model that let the team plan " + (2 + i % 3) + " years ahead, "
                    + "saving about " + (100 + 10 * i) + " k€ a year in over-provisioned hardware.");
            highlights.add("Spoke at " + (1 + i % 3) + " conferences about the migration and open-sourced the tooling, "
                    + "which " + (3 + i) + " other companies now run in production.");
            highlights.add("Introduced contract tests between services, catching " + (10 + i) + " breaking changes a quarter "
                    + "before they reached a release branch.");
            highlights.add("Ran the quarterly game days of " + start + ": " + (4 + i % 5) + " failure scenarios per quarter, "
                    + "each ending in a fix or a runbook.");
        }
        ArrayNode pubs = root.putArray("publications");
        for (int i = 0; i < publications; i++) {
            ObjectNode p = pubs.addObject();
            p.put("name", "Consistent Snapshots for Sharded Ledgers, Part " + (i + 1));
            p.put("publisher", i % 2 == 0 ? "USENIX ATC" : "ACM SoCC");
            p.put("releaseDate", (2023 - i / 2) + "-0" + (1 + i % 9));
            p.put("url", "https://doi.org/10.1145/" + (3500000 + i));
            p.put("summary", "How to take a consistent snapshot of " + (i + 2) + " shards without stopping writes, "
                    + "with a proof sketch, a TLA+ model of the protocol and measurements on a production cluster "
                    + "of " + (16 + i) + " nodes over " + (3 + i % 5) + " regions.");
        }
        ArrayNode education = root.putArray("education");
        ObjectNode phd = education.addObject();
        phd.put("institution", "KTH Royal Institute of Technology");
        phd.put("studyType", "Ph.D.");
        phd.put("area", "Distributed Systems");
        phd.put("startDate", "1990");
        phd.put("endDate", "1995");
        ArrayNode skills = root.putArray("skills");
        ObjectNode languages = skills.addObject();
        languages.put("name", "Languages");
        languages.putArray("keywords").add("Kotlin").add("Go").add("Java").add("Rust").add("SQL");
        return Document.of(root);
    }
}
