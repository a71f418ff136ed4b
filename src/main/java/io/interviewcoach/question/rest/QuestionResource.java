package io.interviewcoach.question.rest;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.question.store.QuestionEntity;
import io.interviewcoach.question.store.QuestionStore;
import io.smallrye.mutiny.Uni;

/** The question bank, as imported into the database at start. */
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "questions", description = "The interview question bank")
public class QuestionResource {
    private static final ObjectMapper JSON = new ObjectMapper();

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
