package io.interviewcoach.question.rest;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.speech.content.KeywordMatch;
import io.interviewcoach.speech.content.Question;
import io.interviewcoach.speech.content.RelevanceScorer;
import io.interviewcoach.speech.content.TalkingPoint;
import io.interviewcoach.web.problem.ProblemException;

import io.interviewcoach.question.store.QuestionEntity;
import io.interviewcoach.question.store.QuestionStore;
import io.smallrye.mutiny.Uni;

/** The question bank, as imported into the database at start. */
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "questions", description = "The interview question bank")
public class QuestionResource {
    static final int MAX_MATCH_CHARS = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<TalkingPoint>> TALKING_POINTS = new TypeReference<>() {};
    private final RelevanceScorer relevance = new RelevanceScorer();

    @Inject
    QuestionStore store;

    @GET
    @Operation(summary = "The questions, optionally filtered by role and category", description = "Both filters match "
            + "exactly; an empty list when nothing matches.")
    @APIResponse(responseCode = "200", description = "The questions, by id", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView[].class)))
    public Uni<List<QuestionView>> list(
            @Parameter(description = "e.g. engineering (category role-engineering)") @QueryParam("role") String role,
            @Parameter(description = "behavioral, general, role-<area>") @QueryParam("category") String category) {
        return store.list(blankToNull(role), blankToNull(category)).map(all -> all.stream().map(QuestionResource::view).toList());
    }

    @POST
    @Path("/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The questions ordered by how well a job description covers their talking points",
            description = "Paste a job description: the questions whose talking points it mentions come first (ties and "
                    + "questions it does not touch keep the bank's order). The same filters as GET /api/questions.")
    @APIResponse(responseCode = "200", description = "Every question of the filter, best match first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionMatch[].class)))
    @APIResponse(responseCode = "400", description = "No text, or longer than " + MAX_MATCH_CHARS + " characters")
    public Uni<List<QuestionMatch>> match(MatchRequest body,
            @QueryParam("role") String role, @QueryParam("category") String category) {
        String text = body == null ? null : body.text();
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("Send {\"text\": \"<the job description>\"}");
        }
        if (text.length() > MAX_MATCH_CHARS) {
            throw ProblemException.badRequest("The text is longer than " + MAX_MATCH_CHARS + " characters");
        }
        return store.list(blankToNull(role), blankToNull(category)).map(all -> all.stream()
                .map(q -> match(q, text))
                .sorted(Comparator.comparingDouble(QuestionMatch::relevance).reversed())
                .toList());
    }

    private QuestionMatch match(QuestionEntity q, String text) {
        QuestionView view = view(q);
        List<TalkingPoint> points = JSON.convertValue(view.talkingPoints(), TALKING_POINTS);
        RelevanceScorer.Relevance r = relevance.scoreText(text, new Question(q.id, q.text, q.category, q.star, points));
        List<String> matched = r.talkingPoints().stream()
                .flatMap(p -> p.matched().stream().map(KeywordMatch::concept)).distinct().toList();
        return new QuestionMatch(view, r.score(), matched);
    }

    private static QuestionView view(QuestionEntity q) {
        try {
            return new QuestionView(q.id, q.text, q.category, q.role, q.star, JSON.readTree(q.talkingPoints), q.source);
        } catch (IOException e) {
            throw new IllegalStateException("question " + q.id + ": stored talking points are not JSON", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
