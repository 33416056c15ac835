package org.atomic2dynamics.dataverse.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.atomic2dynamics.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

class ErrorParserTest {
    private final ErrorParser parser = new ErrorParser(new ObjectMapper());

    @Test
    void validationErrorIsARecordProblemNotWorthRetrying() {
        DataverseException e = parser.parse("POST tasks", 400,
                "{\"error\":{\"code\":\"0x80044331\",\"message\":\"A validation error occurred.\"}}", null);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.dataverseCode()).isEqualTo("0x80044331");
        assertThat(e.serverMessage()).isEqualTo("A validation error occurred.");
        assertThat(e.retriable()).isFalse();
        assertThat(e.code()).isEqualTo(ErrorCode.TARGET_REJECTED);
        assertThat(e.oneLine()).contains("POST tasks failed with HTTP 400 0x80044331: A validation error occurred.");
    }

    @Test
    void throttlingCarriesRetryAfter() {
        DataverseException e = parser.parse("PATCH accounts(1)", 429,
                "{\"error\":{\"code\":\"0x80072322\",\"message\":\"Number of requests exceeded the limit\"}}", "39");
        assertThat(e.retriable()).isTrue();
        assertThat(e.throttled()).isTrue();
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(39));
    }

    @Test
    void sqlDeadlockAndTimeoutAreRetriedWhateverTheStatus() {
        assertThat(parser.parse("x", 500, "{\"error\":{\"code\":\"0x80044150\",\"message\":\"deadlock\"}}", null)
                .retriable()).isTrue();
        assertThat(parser.parse("x", 500, "{\"error\":{\"code\":\"0x80044151\",\"message\":\"timeout\"}}", null)
                .retriable()).isTrue();
        assertThat(parser.parse("x", 500, "{\"error\":{\"code\":\"0x80040265\",\"message\":\"plug-in\"}}", null)
                .retriable()).isFalse();
        assertThat(parser.parse("x", 503, "", null).retriable()).isTrue();
    }

    @Test
    void authFailuresMapToTargetAuth() {
        assertThat(parser.parse("GET WhoAmI", 401, "", null).code()).isEqualTo(ErrorCode.TARGET_AUTH);
        assertThat(parser.parse("GET WhoAmI", 403, "{\"error\":{\"code\":\"0x80040220\",\"message\":\"m\"}}", null)
                .code()).isEqualTo(ErrorCode.TARGET_AUTH);
    }

    @Test
    void aBodyThatIsNotAnODataErrorIsDescribedNotDumped() {
        DataverseException e = parser.parse("GET x", 502, "<html>bad gateway</html>", "soon");
        assertThat(e.serverMessage()).isEqualTo("the response body is not an OData error (24 characters)");
        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void noAnswerIsRetriableAndUnreachable() {
        DataverseException e = DataverseException.noAnswer("GET WhoAmI", "ConnectException");
        assertThat(e.retriable()).isTrue();
        assertThat(e.code()).isEqualTo(ErrorCode.TARGET_UNREACHABLE);
    }
}
