package io.interviewcoach.job.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart body of POST /api/analyses; the file is streamed to disk by the framework, never held in memory. */
public class UploadForm {
    @RestForm("file")
    @Schema(type = SchemaType.STRING, format = "binary", required = true,
            description = "The recording: MP4, MOV, M4A, WebM, MKV, WAV, Ogg, FLAC or MP3 (recognised by content)")
    public FileUpload file;

    @RestForm
    @Schema(description = "The question answered, an id from the question bank (enables relevance and STAR scoring)",
            example = "tell-me-about-yourself")
    public String questionId;

    @RestForm
    @Schema(description = "A caption file's text (WebVTT, SRT or a JSON word list, as `coach analyze --transcript`"
            + " takes): used instead of speech recognition")
    public String transcript;
}
