package org.reportintake.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The intake service's HTTP API as a supervisor uses it: upload for an agency, read a submission. */
public final class IntakeHttp {

    private final String baseUrl;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    public IntakeHttp(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Uploads the document for its agency; returns the submission id (202, or 200 for a duplicate). */
    public String submit(LoadDocument document) throws IOException, InterruptedException {
        String boundary = "----load" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(document.content().length + 512);
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"agencyId\"\r\n\r\n"
                + document.agencyId() + "\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + document.fileName() + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(document.content());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/submissions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 202 && response.statusCode() != 200) {
            throw new IOException("upload of " + document.fileName() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json.readTree(response.body()).path("id").asText();
    }

    /**
     * The submissions with these ids (at most 500) in one request, by id; null while intake cannot answer (e.g.
     * during a fault). One request per poll round keeps the polling from becoming the load it measures.
     */
    public Map<String, JsonNode> lookup(List<String> ids) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/submissions/lookup"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("ids", ids))))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                return null;
            }
            Map<String, JsonNode> byId = new HashMap<>();
            for (JsonNode submission : json.readTree(response.body())) {
                byId.put(submission.path("id").asText(), submission);
            }
            return byId;
        } catch (IOException e) {
            return null;
        }
    }

    public static boolean isFinal(String status) {
        return "ACCEPTED".equals(status) || "REJECTED".equals(status) || "NEEDS_REVIEW".equals(status)
                || "LEGACY".equals(status);
    }
}
