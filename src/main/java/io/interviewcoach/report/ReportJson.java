package io.interviewcoach.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one JSON mapping of reports, for files, the HTML writer and (later) the REST API. Numbers are written
 * with six significant digits (measurements are not more precise than that, and -0.1917369940771127 helps
 * no reader); a NaN or infinite value, which JSON cannot carry, is written as null.
 */
public final class ReportJson {
    private static final MathContext SIGNIFICANT = new MathContext(6, RoundingMode.HALF_EVEN);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .registerModule(new SimpleModule("report-numbers")
                    .addSerializer(Double.class, new RoundedDouble())
                    .addSerializer(double.class, new RoundedDouble()));

    private static final class RoundedDouble extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (value == null || value.isNaN() || value.isInfinite()) {
                gen.writeNull();
            } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                gen.writeNumber(value);
            } else {
                gen.writeNumber(new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString());
            }
        }
    }

    private ReportJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static JsonNode toTree(Report report) {
        return MAPPER.valueToTree(report);
    }

    public static void write(Report report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        MAPPER.writeValue(file.toFile(), report);
    }
}
