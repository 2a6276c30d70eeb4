package org.reportintake.intake.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Signs in through the portal's login form, as a browser would, for tests that use the session cookie. */
public record PortalSession(String sessionCookie, String csrf) {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    public static PortalSession signIn(String username, String password) {
        Response form = given().when().get("/login");
        form.then().statusCode(200);
        String loginCookie = form.getCookie("intake_login_csrf");
        Response signedIn = given().redirects().follow(false).cookie("intake_login_csrf", loginCookie)
                .formParam("username", username).formParam("password", password)
                .formParam("csrf", token(FORM_TOKEN, form.asString()))
                .when().post("/login");
        assertEquals(303, signedIn.statusCode(), signedIn.asString());
        String session = signedIn.getCookie("intake_session");
        assertNotNull(session, "session cookie set");
        String header = signedIn.getHeader("Set-Cookie");
        assertTrue(signedIn.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("intake_session=") && c.contains("HttpOnly") && c.contains("SameSite=Strict")),
                "HttpOnly SameSite=Strict session cookie: " + header);
        String page = given().cookie("intake_session", session).when().get("/").then().statusCode(200).extract().asString();
        return new PortalSession(session, token(META_TOKEN, page));
    }

    /** A request with the session cookie and the CSRF header. */
    public RequestSpecification request() {
        return given().cookie("intake_session", sessionCookie).header("X-CSRF-Token", csrf);
    }

    /** A request with the session cookie only, as a forged cross-site request would have. */
    public RequestSpecification requestWithoutCsrf() {
        return given().cookie("intake_session", sessionCookie);
    }

    private static String token(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertTrue(m.find(), "token in page");
        return m.group(1);
    }
}
