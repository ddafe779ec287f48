package io.crossflow.identity.internal;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 codes as every authenticator app reads them: HMAC-SHA1, 6 digits, 30-second steps,
 * 160-bit secrets shown in Base32, through java-otp's RFC 4226 generator. A code is accepted for
 * its own step and one step either side, so a phone's clock may be 30 seconds off. Pure: the caller
 * gives the time and keeps the last step used (replays are refused there).
 */
final class TotpCodes {

    static final long STEP_SECONDS = 30;
    static final int DIGITS = 6;
    private static final String ALGORITHM = "HmacSHA1";

    private final HmacOneTimePasswordGenerator hotp = new HmacOneTimePasswordGenerator(DIGITS);
    private final SecureRandom random = new SecureRandom();

    /** A new secret, Base32 without padding (what the user may type into an app by hand). */
    String newSecret() {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of a step, zero-padded to 6 digits. */
    String code(String base32Secret, long step) {
        try {
            int value = hotp.generateOneTimePassword(key(base32Secret), step);
            return String.format(Locale.ROOT, "%0" + DIGITS + "d", value);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret is not a valid HMAC key", e);
        }
    }

    /** The step whose code this is, among the one at {@code now} and its neighbours. */
    OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (java.security.MessageDigest.isEqual(
                    code(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI that authenticator apps read from the QR code. */
    static String otpauthUri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The URI as a QR code, an SVG image in a {@code data:} URI (the app's CSP allows data images). */
    static String qrCode(String uri) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            uri,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                    + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
                    + " fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
            return "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        } catch (WriterException e) {
            throw new IllegalStateException("The enrolment QR code cannot be drawn", e);
        }
    }

    private static SecretKeySpec key(String base32Secret) {
        return new SecretKeySpec(new Base32().decode(base32Secret), ALGORITHM);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
