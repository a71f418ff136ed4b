package io.interviewcoach.privacy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Everything stored about an owner as one JSON document (GDPR access and portability), streamed: the pieces,
 * concatenated, are {@code {"exportedAt", "owner", "sessions": [...], "jobs": [...]}}; each session (with its
 * answers, timeline and report) and each job (its metadata, transcript and report; not the recording, which is
 * deleted after its analysis) is read and sent on its own, so memory holds one at a time.
 */
@ApplicationScoped
public class OwnerData {
    @Inject
    PrivacyStore store;

    public Multi<String> export(UUID ownerId) {
        Uni<String> head = store.ownerJson(ownerId).map(owner -> "{\"owner\":" + (owner == null ? "null" : owner)
                + ",\"sessions\":[");
        Multi<String> sessions = store.sessionsOf(ownerId).onItem().transformToMulti(rows -> items(
                rows.stream().map(PrivacyStore.SessionRows::id).toList(), store::sessionJson));
        Multi<String> jobs = store.jobsOf(ownerId).onItem().transformToMulti(ids -> items(ids, store::jobJson));
        return Multi.createBy().concatenating().streams(head.toMulti(), sessions, Multi.createFrom().item("],\"jobs\":["),
                jobs, Multi.createFrom().item("]}"));
    }

    /** Each item's JSON, separated by commas; one gone meanwhile is left out. */
    private static Multi<String> items(List<UUID> ids, java.util.function.Function<UUID, Uni<String>> json) {
        AtomicBoolean first = new AtomicBoolean(true);
        return Multi.createFrom().iterable(ids).onItem().<String>transformToUniAndConcatenate(json::apply)
                .map(j -> first.getAndSet(false) ? j : "," + j);
    }
}
