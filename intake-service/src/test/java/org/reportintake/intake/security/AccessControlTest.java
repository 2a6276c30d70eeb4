package org.reportintake.intake.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportintake.infra.quarkus.LocalInfraTestResource;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint refuses a caller without credentials, and an agency user sees and changes only what belongs to its
 * own agency. Two agencies with one user each are set up through the API by the supervisor (bootstrap token).
 */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class AccessControlTest {

    private static final String ADMIN = "Bearer local-admin-token";
    private static final String PASSWORD = "correct horse battery";

    @Inject
    MongoClient mongo;

    private static Party a;
    private static Party b;

    /** An agency, its user, the user's API token and portal session, and one submission of the agency. */
    record Party(String agencyId, String username, String token, String tokenId, PortalSession session, String submissionId) {
        RequestSpecification bearer() {
            return given().header("Authorization", "Bearer " + token);
        }
    }

    @BeforeEach
    void setUp() {
        if (a == null) {
            a = party("a");
            b = party("b");
        }
    }

    private static Party party(String tag) {
        String agencyId = "acl-" + tag + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("id", agencyId, "name", "测试机关" + tag, "issuerType", "DEPARTMENT",
                        "region", Map.of("code", "360983", "name", "江西省宜春市高安市")))
                .when().post("/api/agencies").then().statusCode(201);
        String username = "user-" + agencyId;
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", "AGENCY_USER", "agencyId", agencyId))
                .when().post("/api/accounts").then().statusCode(201);
        PortalSession session = PortalSession.signIn(username, PASSWORD);
        var created = session.request().contentType(ContentType.JSON).body(Map.of("name", "script"))
                .when().post("/api/tokens").then().statusCode(201).extract();
        String token = created.path("token");
        String submissionId = given().header("Authorization", "Bearer " + token)
                .multiPart("file", "r.txt", report(tag), "text/plain")
                .when().post("/api/submissions").then().statusCode(202).extract().path("id");
        return new Party(agencyId, username, token, created.path("id"), session, submissionId);
    }

    @Test
    void everyEndpointRefusesACallerWithoutCredentials() {
        // Well-formed requests, each with the body its endpoint accepts: only the missing credentials are wrong.
        List<Call> api = List.of(
                new Call("GET", "/api/submissions", null, null), new Call("GET", "/api/submissions/" + a.submissionId(), null, null),
                new Call("POST", "/api/submissions", "multipart", null),
                new Call("POST", "/api/submissions/lookup", "application/json", "{\"ids\":[\"" + a.submissionId() + "\"]}"),
                new Call("GET", "/api/agencies", null, null),
                new Call("GET", "/api/agencies/" + a.agencyId(), null, null),
                new Call("POST", "/api/agencies", "application/json", "{\"id\":\"x-1\",\"name\":\"x\",\"issuerType\":\"OTHER\"}"),
                new Call("PUT", "/api/agencies/" + a.agencyId(), "application/json", "{\"name\":\"x\",\"issuerType\":\"OTHER\"}"),
                new Call("DELETE", "/api/agencies/" + a.agencyId(), null, null),
                new Call("POST", "/api/agencies/import", "application/json", "[]"),
                new Call("POST", "/api/agencies/import", "text/csv; charset=UTF-8", "id,name\n"),
                new Call("GET", "/api/accounts", null, null), new Call("GET", "/api/accounts/me", null, null),
                new Call("POST", "/api/accounts", "application/json", "{\"username\":\"x-user\"}"),
                new Call("DELETE", "/api/accounts/" + b.username(), null, null),
                new Call("GET", "/api/tokens", null, null), new Call("POST", "/api/tokens", "application/json", "{}"),
                new Call("DELETE", "/api/tokens/" + a.tokenId(), null, null));
        for (Call call : api) {
            call.send(given()).then().statusCode(401);
            call.send(given().header("Authorization", "Bearer rit_not-a-token")).then().statusCode(401);
            call.send(given().cookie("intake_session", "forged")).then().statusCode(401);
        }
        for (String[] page : List.of(new String[] {"GET", "/"}, new String[] {"GET", "/submissions/" + a.submissionId()},
                new String[] {"POST", "/logout"})) {
            given().redirects().follow(false).when().request(page[0], page[1]).then().statusCode(303)
                    .header("Location", endsWith("/login"));
        }
        given().header("Authorization", ADMIN).when().get("/api/agencies/" + a.agencyId()).then().statusCode(200);
    }

    /** One request to an endpoint. */
    record Call(String method, String path, String contentType, String body) {
        io.restassured.response.Response send(RequestSpecification spec) {
            if ("multipart".equals(contentType)) {
                spec = spec.multiPart("file", "r.txt", report("anonymous"), "text/plain");
            } else if (contentType != null) {
                spec = spec.contentType(contentType).body(body);
            }
            return spec.when().request(method, path);
        }
    }

    @Test
    void agencyUserSubmitsForItsOwnAgencyOnly() {
        a.bearer().multiPart("file", "r.txt", report("other"), "text/plain").formParam("agencyId", b.agencyId())
                .when().post("/api/submissions").then().statusCode(403);
        a.session().request().multiPart("file", "r.txt", report("other"), "text/plain").formParam("agencyId", b.agencyId())
                .when().post("/api/submissions").then().statusCode(403);
        a.bearer().when().get("/api/submissions/" + a.submissionId()).then().statusCode(200)
                .body("agencyId", equalTo(a.agencyId()));
    }

    @Test
    void agencyUserCannotReadAnotherAgencysSubmission() {
        a.bearer().when().get("/api/submissions/" + b.submissionId()).then().statusCode(404);
        a.session().request().when().get("/api/submissions/" + b.submissionId()).then().statusCode(404);
        a.session().request().when().get("/submissions/" + b.submissionId()).then().statusCode(404);
        b.session().request().when().get("/submissions/" + b.submissionId()).then().statusCode(200);
        given().header("Authorization", ADMIN).when().get("/api/submissions/" + b.submissionId()).then().statusCode(200);
    }

    @Test
    void agencyUserLooksUpOnlyItsOwnSubmissions() {
        Map<String, List<String>> both = Map.of("ids", List.of(b.submissionId(), a.submissionId()));
        a.bearer().contentType(ContentType.JSON).body(both).when().post("/api/submissions/lookup").then().statusCode(200)
                .body("id", equalTo(List.of(a.submissionId())));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(both)
                .when().post("/api/submissions/lookup").then().statusCode(200)
                .body("id", equalTo(List.of(b.submissionId(), a.submissionId())));
    }

    @Test
    void agencyUserListsOnlyItsOwnSubmissionsWhateverAgencyItNames() {
        a.bearer().queryParam("agencyId", b.agencyId()).when().get("/api/submissions").then().statusCode(200)
                .body("agencyId", everyItem(equalTo(a.agencyId()))).body("id", hasItem(a.submissionId()))
                .body("id", not(hasItem(b.submissionId())));
        given().header("Authorization", ADMIN).when().get("/api/submissions").then().statusCode(200)
                .body("id", hasItem(a.submissionId())).body("id", hasItem(b.submissionId()));
    }

    @Test
    void agencyUserReadsOnlyItsOwnDirectoryEntry() {
        a.bearer().when().get("/api/agencies").then().statusCode(200).body("id", equalTo(List.of(a.agencyId())));
        a.bearer().when().get("/api/agencies/" + a.agencyId()).then().statusCode(200).body("name", equalTo("测试机关a"));
        a.bearer().when().get("/api/agencies/" + b.agencyId()).then().statusCode(404);
    }

    @Test
    void agencyUserCannotChangeTheDirectory() {
        Map<String, Object> entry = Map.of("id", b.agencyId(), "name", "改名", "issuerType", "DEPARTMENT");
        a.bearer().contentType(ContentType.JSON).body(entry).when().post("/api/agencies").then().statusCode(403);
        a.bearer().contentType(ContentType.JSON).body(entry).when().put("/api/agencies/" + b.agencyId()).then().statusCode(403);
        a.bearer().contentType(ContentType.JSON).body(entry).when().put("/api/agencies/" + a.agencyId()).then().statusCode(403);
        a.bearer().when().delete("/api/agencies/" + b.agencyId()).then().statusCode(403);
        a.bearer().contentType(ContentType.JSON).body(List.of(entry)).when().post("/api/agencies/import").then().statusCode(403);
        a.bearer().contentType("text/csv; charset=UTF-8").body("id,name,issuerType\n" + b.agencyId() + ",改名,DEPARTMENT\n")
                .when().post("/api/agencies/import").then().statusCode(403);
        given().header("Authorization", ADMIN).when().get("/api/agencies/" + b.agencyId()).then().body("name", equalTo("测试机关b"));
    }

    @Test
    void agencyUserCannotCreateAccountsAndSeesOnlyItsAgencysAccounts() {
        a.bearer().contentType(ContentType.JSON)
                .body(Map.of("username", "intruder-" + UUID.randomUUID(), "password", PASSWORD, "role", "SUPERVISOR"))
                .when().post("/api/accounts").then().statusCode(403);
        a.bearer().contentType(ContentType.JSON)
                .body(Map.of("username", "intruder-" + UUID.randomUUID(), "password", PASSWORD, "role", "AGENCY_USER",
                        "agencyId", b.agencyId()))
                .when().post("/api/accounts").then().statusCode(403);
        a.bearer().when().delete("/api/accounts/" + b.username()).then().statusCode(403);
        b.bearer().when().get("/api/accounts/me").then().statusCode(200);
        a.bearer().when().get("/api/accounts").then().statusCode(200).body("username", equalTo(List.of(a.username())));
        a.bearer().when().get("/api/accounts/me").then().statusCode(200).body("agencyId", equalTo(a.agencyId()))
                .body("supervisor", equalTo(false));
    }

    @Test
    void agencyUserCannotSeeOrRevokeAnotherUsersToken() {
        a.bearer().when().get("/api/tokens").then().statusCode(200).body("owner", everyItem(equalTo(a.username())))
                .body("id", not(hasItem(b.tokenId())));
        a.bearer().when().delete("/api/tokens/" + b.tokenId()).then().statusCode(404);
        b.bearer().when().get("/api/accounts/me").then().statusCode(200).body("username", equalTo(b.username()));
    }

    @Test
    void revokedTokenIsRefused() {
        PortalSession session = PortalSession.signIn(a.username(), PASSWORD);
        var created = session.request().contentType(ContentType.JSON).body(Map.of("name", "short-lived"))
                .when().post("/api/tokens").then().statusCode(201).extract();
        String token = created.path("token");
        given().header("Authorization", "Bearer " + token).when().get("/api/accounts/me").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).when().delete("/api/tokens/" + created.path("id")).then().statusCode(204);
        given().header("Authorization", "Bearer " + token).when().get("/api/accounts/me").then().statusCode(401);
    }

    @Test
    void tokensAreShownOnceAndStoredOnlyAsHash() {
        Document stored = mongo.getDatabase("report_intake").getCollection("api_tokens").find(Filters.eq("_id", a.tokenId())).first();
        assertNotNull(stored);
        assertEquals(Secrets.sha256(a.token()), stored.getString("hash"));
        assertFalse(stored.toJson().contains(a.token()), "the secret itself is not stored");
        a.bearer().when().get("/api/tokens").then().body("token", everyItem(nullValue()));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        Document account = mongo.getDatabase("report_intake").getCollection("accounts").find(Filters.eq("_id", a.username())).first();
        assertNotNull(account);
        assertTrue(account.getString("passwordHash").startsWith("$2"), "bcrypt hash");
        assertFalse(account.toJson().contains(PASSWORD));
        given().header("Authorization", ADMIN).when().get("/api/accounts").then().body("passwordHash", everyItem(nullValue()));
    }

    @Test
    void sessionRequestThatChangesSomethingWithoutCsrfTokenIsRefused() {
        a.session().requestWithoutCsrf().multiPart("file", "r.txt", report("csrf"), "text/plain")
                .when().post("/api/submissions").then().statusCode(403).body("code", equalTo("CSRF"));
        a.session().requestWithoutCsrf().contentType(ContentType.JSON).body(Map.of("name", "x"))
                .when().post("/api/tokens").then().statusCode(403);
        a.session().requestWithoutCsrf().redirects().follow(false).formParam("csrf", "wrong")
                .when().post("/logout").then().statusCode(403);
        a.session().requestWithoutCsrf().when().get("/api/submissions").then().statusCode(200);
    }

    @Test
    void loginRefusesWrongPasswordAndMissingFormToken() {
        var form = given().when().get("/login");
        String cookie = form.getCookie("intake_login_csrf");
        String token = form.asString().replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        var refused = given().redirects().follow(false).cookie("intake_login_csrf", cookie).formParam("username", a.username())
                .formParam("password", "wrong password").formParam("csrf", token)
                .when().post("/login");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.getHeaders().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("intake_session=")),
                "no session for a wrong password");
        given().redirects().follow(false).formParam("username", a.username()).formParam("password", PASSWORD)
                .formParam("csrf", token).when().post("/login").then().statusCode(403);
    }

    @Test
    void signingOutEndsTheSession() {
        PortalSession session = PortalSession.signIn(b.username(), PASSWORD);
        session.request().redirects().follow(false).formParam("csrf", session.csrf()).when().post("/logout")
                .then().statusCode(303);
        session.request().when().get("/api/accounts/me").then().statusCode(401);
    }

    @Test
    void deletedAccountsTokensAndSessionsStopWorking() {
        Party c = party("c");
        c.bearer().when().get("/api/accounts/me").then().statusCode(200);
        given().header("Authorization", ADMIN).when().delete("/api/accounts/" + c.username()).then().statusCode(204);
        c.bearer().when().get("/api/accounts/me").then().statusCode(401);
        c.session().request().when().get("/api/accounts/me").then().statusCode(401);
    }

    @Test
    void supervisorAccountSeesEveryAgency() {
        String username = "sup-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", "SUPERVISOR"))
                .when().post("/api/accounts").then().statusCode(201);
        PortalSession session = PortalSession.signIn(username, PASSWORD);
        session.request().when().get("/api/submissions/" + a.submissionId()).then().statusCode(200);
        session.request().when().get("/api/submissions/" + b.submissionId()).then().statusCode(200);
        session.request().when().get("/submissions/" + b.submissionId()).then().statusCode(200);
    }

    private static byte[] report(String marker) {
        return ("某县人民政府\n2023年政府信息公开工作年度报告\n" + marker + " " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
