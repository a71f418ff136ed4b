package io.interviewcoach.web.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every error answer of the API is a {@link Problem} (application/problem+json): the OpenAPI document says so for
 * each 4xx and 5xx response, so that the resources' annotations only say when and why.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {
    private static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey(SCHEMA)) {
            openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (var operation : item.getOperations().values()) {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach(ProblemResponsesFilter::describeError);
                }
            }
        }
    }

    private static void describeError(String status, APIResponse response) {
        boolean error = status.startsWith("4") || status.startsWith("5");
        if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty())) {
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA)));
            response.setContent(content);
        }
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An error (RFC 9457); `type` is stable per kind of error (docs/api.md)")
                .properties(Map.of(
                        "type", text("urn:interview-coach:problem:not-found"),
                        "title", text("Not found"),
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).addExample(404),
                        "detail", text("No session with this id and token")));
    }

    private static Schema text(String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).addExample(example);
    }
}
